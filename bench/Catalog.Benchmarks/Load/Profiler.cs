using System.Diagnostics;
using System.Globalization;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// <c>--profile DIR</c>: over the counted filing loop, runs dotnet-counters (System.Runtime: CPU, allocation, GC,
/// thread pool) and dotnet-trace (sampled thread time) on the silo and the web host, then prints each trace's top
/// methods (<c>dotnet-trace report … topN</c>). Both tools are global .NET tools
/// (<c>dotnet tool install -g dotnet-trace --version 10.0.750501</c>, and dotnet-counters likewise). Tracing slows
/// the processes: figures of a profiled run are not the run's figures.
/// </summary>
public sealed class Profiler
{
    private readonly List<(string Name, Process Tool)> tools = [];
    private readonly string directory;

    private Profiler(string directory) => this.directory = directory;

    /// <summary>Starts both tools on every .NET process of <paramref name="processes"/> for <paramref name="duration"/>.</summary>
    public static Profiler Start(string directory, IEnumerable<(string Name, int Pid)> processes, TimeSpan duration)
    {
        Directory.CreateDirectory(directory);
        var profiler = new Profiler(directory);
        var length = $"00:00:{(int)duration.TotalMinutes:00}:{(int)Math.Ceiling(duration.TotalSeconds) % 60:00}";
        foreach (var (name, pid) in processes.Where(p => p.Name is "silo" or "web"))
        {
            var id = pid.ToString(CultureInfo.InvariantCulture);
            profiler.Run(name + " counters", "dotnet-counters", "collect", "-p", id, "--counters", "System.Runtime", "--refresh-interval", "1",
                "--format", "csv", "-o", Path.Combine(directory, name + "-counters.csv"), "--duration", length);
            profiler.Run(name + " trace", "dotnet-trace", "collect", "-p", id, "--profile", "dotnet-sampled-thread-time",
                "-o", Path.Combine(directory, name + ".nettrace"), "--duration", length);
        }

        return profiler;
    }

    /// <summary>Waits for the tools to end, then prints the counters per filing and the top methods of each trace.</summary>
    public async Task FinishAsync(LoadReport report, double filings)
    {
        foreach (var (name, tool) in tools)
        {
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await tool.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                tool.Kill(entireProcessTree: true);
            }

            report.Line($"  profile: {name} ended ({(tool.HasExited ? tool.ExitCode.ToString(CultureInfo.InvariantCulture) : "killed")})");
        }

        foreach (var name in new[] { "silo", "web" })
        {
            CounterSummary.Print(report, name, Path.Combine(directory, name + "-counters.csv"), filings);
        }

        foreach (var trace in Directory.GetFiles(directory, "*.nettrace"))
        {
            foreach (var inclusive in new[] { false, true })
            {
                var output = Path.ChangeExtension(trace, inclusive ? ".top-inclusive.txt" : ".top-exclusive.txt");
                var top = Launch("report", "dotnet-trace", ["report", trace, "topN", "-n", "30", .. inclusive ? new[] { "--inclusive" } : []]);
                var text = await top.StandardOutput.ReadToEndAsync();
                await top.WaitForExitAsync();
                await File.WriteAllTextAsync(output, text);
                report.Line($"  profile: {Path.GetFileName(output)}");
                foreach (var line in text.Split('\n').Take(24))
                {
                    report.Line("    " + line.TrimEnd());
                }
            }
        }
    }

    private void Run(string name, string tool, params string[] arguments)
    {
        // What the collectors print (progress) is not wanted; read it so their pipes never fill.
        var process = Launch(name, tool, arguments);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        tools.Add((name, process));
    }

    private static Process Launch(string name, string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{name}: {tool} did not start.");
    }

    // Global tools live in ~/.dotnet/tools, which is not always on the PATH.
    private static string Tool(string name)
    {
        var installed = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet", "tools", name);
        return File.Exists(installed) ? installed : name;
    }
}
