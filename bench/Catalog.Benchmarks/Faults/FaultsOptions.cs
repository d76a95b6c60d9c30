using System.Globalization;

namespace Catalog.Benchmarks.Faults;

/// <summary>The options of <c>faults</c>.</summary>
/// <param name="Loops">Client loops (default 8).</param>
/// <param name="BeforeKill">Seconds of load before the silo is killed (about; default 10).</param>
/// <param name="AfterKill">Seconds of load after the kill (default 20).</param>
/// <param name="AzuriteDown">Seconds Azurite stays stopped (default 10).</param>
/// <param name="Pause">Pause of each loop between two requests (default 100 ms): keeps a run's requests in one queue listing.</param>
/// <param name="KeepLogsIn">Where to copy the processes' logs before the temp folder is deleted (none by default).</param>
/// <param name="WriteReadme">Whether to write bench/README.md's "Faults" section (default yes).</param>
public sealed record FaultsOptions(int Loops, int BeforeKill, int AfterKill, int AzuriteDown, TimeSpan Pause, string? KeepLogsIn, bool WriteReadme)
{
    /// <summary>Parses <c>--loops N --before-kill S --after-kill S --azurite-down S --pause-ms MS --keep-logs DIR --no-readme</c>.</summary>
    public static FaultsOptions Parse(string[] args) => new(
        Number(args, "--loops", 8),
        Number(args, "--before-kill", 10),
        Number(args, "--after-kill", 20),
        Number(args, "--azurite-down", 10),
        TimeSpan.FromMilliseconds(Number(args, "--pause-ms", 100)),
        Text(args, "--keep-logs"),
        !args.Contains("--no-readme"));

    private static int Number(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    private static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1]) : null;
    }
}
