using System.Globalization;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// A process's CPU time so far (user + system) and resident memory, from /proc/&lt;pid&gt;/stat and status (Linux;
/// zero elsewhere).
/// </summary>
public static class ProcessCpu
{
    // USER_HZ: the unit of utime and stime in /proc/<pid>/stat, 100 on every Linux the benchmark runs on.
    private const double TicksPerSecond = 100;

    /// <summary>User + system CPU time the process has used.</summary>
    public static TimeSpan Used(int pid)
    {
        var path = $"/proc/{pid}/stat";
        if (!File.Exists(path))
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed: state is field 3,
        // utime field 14 and stime field 15.
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident set size (VmRSS), bytes.</summary>
    public static long Resident(int pid)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }
}
