using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Catalog.Testing;

namespace Catalog.Functional.Tests.Cluster;

/// <summary>
/// <c>infra/cluster.sh</c> run as a person runs it, in a process group of its own: Azurite, silos and web front ends
/// as separate processes, known by the lines the script prints ("silo 1 pid … gateway … log …", "web 1 pid … url …").
/// Disposing it stops the script and then kills whatever is left of its process group.
/// </summary>
internal sealed partial class LocalCluster : IAsyncDisposable
{
    private readonly Process script;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<Silo> silos = [];
    private readonly List<Web> webs = [];
    private int groupId;
    private bool stopped;

    private LocalCluster(Process script, string folder)
    {
        this.script = script;
        Folder = folder;
    }

    /// <summary>A silo the script started.</summary>
    public sealed record Silo(int Number, int Pid, int Gateway, string Log);

    /// <summary>A web front end the script started.</summary>
    public sealed record Web(int Number, int Pid, Uri Url, string Log);

    /// <summary>The temporary folder holding the cluster's data (Azurite, keys) and logs.</summary>
    public string Folder { get; }

    /// <summary>The data folder given to the script: every process of the cluster has it on its command line.</summary>
    public string DataFolder => Path.Combine(Folder, "cluster-data");

    /// <summary>The silos, by number (silo 1 first).</summary>
    public IReadOnlyList<Silo> Silos
    {
        get
        {
            lock (gate)
            {
                return [.. silos.OrderBy(s => s.Number)];
            }
        }
    }

    /// <summary>The web front ends, by number.</summary>
    public IReadOnlyList<Web> Webs
    {
        get
        {
            lock (gate)
            {
                return [.. webs.OrderBy(w => w.Number)];
            }
        }
    }

    /// <summary>Everything the script printed so far (standard output and error).</summary>
    public string Output
    {
        get
        {
            lock (gate)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>infra/cluster.sh --no-build</c> with <paramref name="silos"/> silos and <paramref name="webs"/> webs,
    /// the first web on a free port, and waits for its "ready" line (every web healthy and seeing every silo). When
    /// it fails, the script's output and logs are copied to <paramref name="logsOnFailure"/>.
    /// </summary>
    public static async Task<LocalCluster> StartAsync(int silos, int webs, TimeSpan timeout, string logsOnFailure)
    {
        var folder = Path.Combine(Path.GetTempPath(), "catalog-cluster-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(RepositoryPaths.Root, "infra", "cluster.sh"), "--no-build", "--exit-with-parent",
                     "--silos", silos.ToString(CultureInfo.InvariantCulture), "--webs", webs.ToString(CultureInfo.InvariantCulture),
                     "--port", FreePort.Next().ToString(CultureInfo.InvariantCulture), "--data", Path.Combine(folder, "cluster-data"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // The cluster takes its settings from the script alone, never from whatever this test process was given.
        foreach (var key in start.Environment.Keys.ToList())
        {
            if (key.StartsWith("Orleans__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Catalog__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("Storage__", StringComparison.OrdinalIgnoreCase) || key.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        var cluster = new LocalCluster(Process.Start(start) ?? throw new InvalidOperationException("infra/cluster.sh did not start."), folder);
        cluster.script.OutputDataReceived += (_, line) => cluster.OnLine(line.Data);
        cluster.script.ErrorDataReceived += (_, line) => cluster.OnLine(line.Data);
        cluster.script.BeginOutputReadLine();
        cluster.script.BeginErrorReadLine();
        try
        {
            var exited = cluster.script.WaitForExitAsync();
            var first = await Task.WhenAny(cluster.ready.Task, exited, Task.Delay(timeout));
            if (first != cluster.ready.Task)
            {
                throw new InvalidOperationException(
                    (first == exited ? $"infra/cluster.sh exited with {cluster.script.ExitCode} before it was ready." : $"infra/cluster.sh was not ready within {timeout}.")
                    + Environment.NewLine + cluster.Output + cluster.LogTails());
            }
        }
        catch
        {
            cluster.CopyLogsTo(logsOnFailure);
            await cluster.DisposeAsync();
            throw;
        }

        return cluster;
    }

    /// <summary>Kills one silo as a crash would (SIGKILL).</summary>
    public void Kill(Silo silo)
    {
        using var process = Process.GetProcessById(silo.Pid);
        process.Kill();
    }

    /// <summary>Whether the script still runs (a silo's death alone must not stop it).</summary>
    public bool IsRunning => !script.HasExited;

    /// <summary>
    /// Stops the cluster as Ctrl-C does (SIGTERM to the script, which stops the webs, the silos, then Azurite), kills
    /// its process group if anything is left after <paramref name="grace"/>, and returns what was still running
    /// with the data folder on its command line then (nothing, when the script cleans up after itself). Those are
    /// killed too, by pid, so no test leaves a process behind.
    /// </summary>
    public async Task<IReadOnlyList<string>> StopAsync(TimeSpan grace)
    {
        if (!stopped)
        {
            stopped = true;
            if (!script.HasExited)
            {
                await SignalAsync("-TERM", script.Id.ToString(CultureInfo.InvariantCulture));
                using var wait = new CancellationTokenSource(grace);
                try
                {
                    await script.WaitForExitAsync(wait.Token);
                }
                catch (OperationCanceledException)
                {
                    // Still stopping after the grace period: the group is killed below.
                }
            }

            var group = groupId > 0 ? groupId : script.Id;
            await SignalAsync("-KILL", "--", "-" + group.ToString(CultureInfo.InvariantCulture));
        }

        // pgrep may still list a process for a moment after its SIGKILL.
        var left = await LeftoversAsync();
        for (var i = 0; i < 20 && left.Count > 0; i++)
        {
            await Task.Delay(250);
            left = await LeftoversAsync();
        }

        foreach (var process in left)
        {
            await SignalAsync("-KILL", process.Split(' ', 2)[0]);
        }

        return left;
    }

    /// <summary>Copies the script's output and every log of the cluster to <paramref name="destination"/>.</summary>
    public void CopyLogsTo(string destination)
    {
        Directory.CreateDirectory(destination);
        File.WriteAllText(Path.Combine(destination, "cluster.out"), Output);
        var logs = Path.Combine(Folder, "cluster-logs");
        foreach (var log in Directory.Exists(logs) ? Directory.GetFiles(logs, "*.log") : [])
        {
            File.Copy(log, Path.Combine(destination, Path.GetFileName(log)), overwrite: true);
        }
    }

    /// <summary>The last lines of every log of the cluster, for a failure message.</summary>
    public string LogTails()
    {
        var logs = Directory.Exists(Path.Combine(Folder, "cluster-logs"))
            ? Directory.GetFiles(Path.Combine(Folder, "cluster-logs"), "*.log").Order(StringComparer.Ordinal)
            : Enumerable.Empty<string>();
        var text = new StringBuilder();
        foreach (var log in logs)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- {Path.GetFileName(log)}");
            foreach (var line in File.ReadLines(log).TakeLast(15))
            {
                text.AppendLine(line);
            }
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(45));
        script.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary folder: if a file is still held, the OS cleans /tmp.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            output.AppendLine(line);
            if (SiloLine().Match(line) is { Success: true } silo)
            {
                silos.Add(new Silo(Number(silo, 1), Number(silo, 2), Number(silo, 3), silo.Groups[4].Value));
            }
            else if (WebLine().Match(line) is { Success: true } web)
            {
                webs.Add(new Web(Number(web, 1), Number(web, 2), new Uri(web.Groups[3].Value + "/"), web.Groups[4].Value));
            }
            else if (ClusterLine().Match(line) is { Success: true } cluster)
            {
                groupId = Number(cluster, 1);
            }
            else if (ReadyLine().IsMatch(line))
            {
                ready.TrySetResult();
            }
        }
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private async Task<IReadOnlyList<string>> LeftoversAsync()
    {
        var (_, text) = await RunAsync("pgrep", "-af", DataFolder);
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }

    private static Task SignalAsync(params string[] arguments) => RunAsync("kill", arguments);

    private static async Task<(int ExitCode, string Output)> RunAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        var text = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await text);
    }

    [GeneratedRegex(@"^silo (\d+) pid (\d+) port \d+ gateway (\d+) log (.+)$")]
    private static partial Regex SiloLine();

    [GeneratedRegex(@"^web (\d+) pid (\d+) url (\S+) log (.+)$")]
    private static partial Regex WebLine();

    [GeneratedRegex(@"^cluster pid \d+ pgid (\d+) ")]
    private static partial Regex ClusterLine();

    [GeneratedRegex(@"^ready silos \d+ webs \d+")]
    private static partial Regex ReadyLine();
}
