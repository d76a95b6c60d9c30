using System.Diagnostics;
using System.Globalization;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// One real child process of the fault benchmark (Azurite, a silo, a web host): its output goes to a log file, each
/// line stamped with the instant it arrived, and to the watchers that wait for a line (a host started, a monitor
/// activated). <see cref="Kill"/> is kill -9: the process gets no chance to leave the cluster.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock gate = new();
    private readonly Queue<string> tail = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<DateTimeOffset> Seen)> waiters = [];
    private readonly List<Action<string, DateTimeOffset>> watchers = [];
    private bool disposed;

    private ChildProcess(string name, Process process, StreamWriter log)
    {
        Name = name;
        this.process = process;
        this.log = log;
    }

    /// <summary>What the benchmark calls it in its output ("silo 1", "web 2", "azurite").</summary>
    public string Name { get; }

    /// <summary>The operating system's process id.</summary>
    public int Id => process.Id;

    /// <summary>Whether it has ended (killed or crashed).</summary>
    public bool HasExited => process.HasExited;

    /// <summary>Counts of "warn:" and "fail:"/"crit:" log entries seen so far.</summary>
    public (int Warnings, int Failures) LogLevels { get; private set; }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/>, its output logged to <paramref name="logPath"/>.</summary>
    public static ChildProcess Start(
        string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Nothing of the benchmark's own environment decides how a child is configured.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
            || k.StartsWith("Orleans__", StringComparison.Ordinal) || k.StartsWith("Catalog__", StringComparison.Ordinal)
            || k is "ASPNETCORE_URLS" or "ASPNETCORE_ENVIRONMENT" or "DOTNET_ENVIRONMENT").ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, log);
        process.OutputDataReceived += (_, e) => child.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => child.Receive(e.Data);
        log.WriteLine($"--- {name} started at {DateTimeOffset.UtcNow:O}: {fileName} {string.Join(' ', start.ArgumentList)}");
        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes with the instant the first line matching <paramref name="match"/> arrives (from now on).</summary>
    public Task<DateTimeOffset> WaitForLineAsync(Func<string, bool> match)
    {
        var seen = new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiters.Add((match, seen));
        }

        return seen.Task;
    }

    /// <summary>Calls <paramref name="watcher"/> with every line from now on and the instant it arrived.</summary>
    public void Watch(Action<string, DateTimeOffset> watcher)
    {
        lock (gate)
        {
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits until a line matches, failing early if the process ends or <paramref name="timeout"/> passes.</summary>
    public async Task<DateTimeOffset> WaitForLineOrFailAsync(Func<string, bool> match, TimeSpan timeout, string what)
    {
        var line = WaitForLineAsync(match);
        var deadline = DateTime.UtcNow + timeout;
        while (!line.IsCompleted)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {process.ExitCode} before {what}.{Environment.NewLine}{Tail()}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Name}: no sign of {what} within {timeout.TotalSeconds:N0} s.{Environment.NewLine}{Tail()}");
            }

            await Task.WhenAny(line, Task.Delay(100));
        }

        return await line;
    }

    /// <summary>kill -9 (SIGKILL): the process ends at once, without leaving its cluster or closing its connections.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: false);
        }
    }

    /// <summary>
    /// Asks the process to stop the way Ctrl-C does (SIGINT), waits up to <paramref name="grace"/> for it to end, then
    /// kills it. Returns true when it ended by itself.
    /// </summary>
    public async Task<bool> InterruptAsync(TimeSpan grace)
    {
        if (process.HasExited)
        {
            return true;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-INT", Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
        {
            await signal!.WaitForExitAsync();
        }

        using var wait = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return false;
        }
    }

    /// <summary>Waits for the process to end.</summary>
    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => process.WaitForExitAsync(cancellationToken);

    /// <summary>The last lines it wrote, for an error message.</summary>
    public string Tail()
    {
        lock (gate)
        {
            return string.Join(Environment.NewLine, tail.Select(l => "    | " + l));
        }
    }

    /// <summary>Kills the process and everything it started, and closes its log.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }

        process.Dispose();
        lock (gate)
        {
            log.Dispose();
        }
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        List<TaskCompletionSource<DateTimeOffset>> matched = [];
        List<Action<string, DateTimeOffset>> toCall;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{now:HH:mm:ss.fff} {line}"));
            tail.Enqueue(line);
            if (tail.Count > 40)
            {
                tail.Dequeue();
            }

            if (line.StartsWith("warn:", StringComparison.Ordinal))
            {
                LogLevels = (LogLevels.Warnings + 1, LogLevels.Failures);
            }
            else if (line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
            {
                LogLevels = (LogLevels.Warnings, LogLevels.Failures + 1);
            }

            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(line))
                {
                    matched.Add(waiters[i].Seen);
                    waiters.RemoveAt(i);
                }
            }

            toCall = [.. watchers];
        }

        foreach (var seen in matched)
        {
            seen.TrySetResult(now);
        }

        foreach (var watcher in toCall)
        {
            watcher(line, now);
        }
    }
}
