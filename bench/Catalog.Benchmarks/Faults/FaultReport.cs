using System.Globalization;
using System.Text;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// What the benchmark prints, kept to write bench/README.md's "Faults" section: the full output of the latest run,
/// its summary, and one row per run in a table that keeps the previous runs' rows.
/// </summary>
public sealed class FaultReport
{
    private const string SectionHeading = "## Faults";
    private const int RowsKept = 12;
    private readonly List<string> lines = [];
    private readonly List<(string Name, string Value, bool Problem)> summary = [];
    private readonly Dictionary<string, string> row = new(StringComparer.Ordinal);

    /// <summary>The columns of the runs table, in order.</summary>
    public static readonly string[] Columns =
    [
        "run (UTC)", "acknowledged lost / doubled: silo loss; Azurite", "in flight at kill: max, p99", "first 2xx after kill",
        "silo declared dead after", "breach detection, killed silo's monitors: max", "breaches: live on the board; counted at check",
        "board: loop events received", "Azurite: 503s while down; every loop served after its return",
    ];

    /// <summary>Whether any summary line is a problem.</summary>
    public bool HasProblems => summary.Any(s => s.Problem);

    /// <summary>Prints and keeps a line.</summary>
    public void Line(string text)
    {
        Console.WriteLine(text);
        lock (lines)
        {
            lines.Add(text);
        }
    }

    /// <summary>A line of the summary block; a problem is marked so.</summary>
    public void Summary(string name, string value, bool problem = false) => summary.Add((name, value, problem));

    /// <summary>A cell of this run's row in the README table.</summary>
    public void Cell(string column, string value) => row[column] = value;

    /// <summary>A cell of this run's row so far ("" when not set).</summary>
    public string Cell(string column) => row.GetValueOrDefault(column, "");

    /// <summary>Prints the summary block.</summary>
    public void PrintSummary()
    {
        Line("");
        Line("==== faults: summary ====");
        var width = summary.Count == 0 ? 0 : summary.Max(s => s.Name.Length);
        foreach (var (name, value, problem) in summary)
        {
            Line($"{(problem ? "PROBLEM " : "        ")}{name.PadRight(width)}  {value}");
        }

        Line("=========================");
    }

    /// <summary>Replaces the "Faults" section of <paramref name="readmePath"/> (created if missing), keeping every other section and the previous runs' rows.</summary>
    public void WriteReadme(string readmePath, DateTimeOffset runAt, string machine)
    {
        var existing = File.Exists(readmePath) ? File.ReadAllText(readmePath) : "# Benchmarks\n\nEach command prints its figures; `dotnet run -c Release --project bench/Catalog.Benchmarks -- <command>`.\n";
        var (before, section, after) = Split(existing);
        var previousRows = section.Split('\n').Where(l => l.StartsWith("| 20", StringComparison.Ordinal)).Take(RowsKept - 1);
        row[Columns[0]] = runAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.Append(SectionHeading).Append("\n\n");
        text.Append("`dotnet run -c Release --project bench/Catalog.Benchmarks -- faults` (options: `--loops 8`, `--before-kill 10`, `--after-kill 20`, `--azurite-down 10`, `--pause-ms 100`, `--keep-logs DIR`, `--no-readme`)\n");
        text.Append("starts, from the Release binaries, a fresh Azurite, two silos and two web hosts as child processes, then:\n\n");
        text.Append("1. **Silo loss under load**: client loops (requesters of several departments filing `it.software-install`, IT's agents acknowledging and starting) over both web hosts, every call with an Idempotency-Key and retried with the same key on 503, 5xx, no answer or timeout; `kill -9` of a silo; then every acknowledged request and action is read back (zero lost, zero doubled).\n");
        text.Append("2. **Deadlines of the dead silo's grains**: six providers get a calendar whose business day lasts seconds (today open ~2 min, the other days 1 s each) and a service acknowledged within one business day; their deadlines fall seconds after the kill. The breach must be recorded (the provider's breached queue, i.e. the request index) with breach instant = deadline; detection delay = first seen in the queue − deadline.\n");
        text.Append("3. **The live board across the loss**: org.auditor's SignalR connection to web 1 counts breach events (and every event of the loops' requests) against what was recorded; like the page (`live.js`) it joins again once on `Resync` and on reconnection, and does not retry a join that fails. The SLA counters are read too (each breach counted once).\n");
        text.Append("4. **Azurite stopped** for 10 s mid-load (SIGINT: it stops listening and saves its data; its process, which lingers, is killed once it says closed) and started again on the same port and data folder, no Catalog process restarted: status codes meanwhile, time to recover, zero acknowledged lost, the board.\n\n");
        text.Append("At the end it looks again at what the board and the counters had not got at the time (late or lost).\n\n");
        text.Append("Exit code 1 when anything acknowledged was lost or doubled, 2 when the benchmark could not run. Figures vary with the machine's load (the development machine is shared).\n\n");
        text.Append("| ").Append(string.Join(" | ", Columns)).Append(" |\n");
        text.Append('|').Append(string.Concat(Columns.Select(_ => " --- |"))).Append('\n');
        text.Append("| ").Append(string.Join(" | ", Columns.Select(c => row.GetValueOrDefault(c, "—").Replace("|", "/")))).Append(" |\n");
        foreach (var previous in previousRows)
        {
            text.Append(previous.TrimEnd('\r')).Append('\n');
        }

        text.Append("\n### Latest run (").Append(row[Columns[0]]).Append(" UTC, ").Append(machine).Append(")\n\n```text\n");
        lock (lines)
        {
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        text.Append("```\n");
        File.WriteAllText(readmePath, before + text + (after.Length > 0 ? "\n" + after : ""));
    }

    /// <summary>The text before the section, the section, and the text from the next "## " heading on.</summary>
    private static (string Before, string Section, string After) Split(string readme)
    {
        var normalized = readme.Replace("\r\n", "\n");
        var start = normalized.StartsWith(SectionHeading + "\n", StringComparison.Ordinal) ? 0 : normalized.IndexOf("\n" + SectionHeading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            return (normalized.TrimEnd('\n') + "\n\n", "", "");
        }

        if (start > 0)
        {
            start++;
        }

        // The next level-2 heading outside a fenced block ends the section.
        var lines = normalized[start..].Split('\n');
        var inFence = false;
        var length = lines[0].Length + 1;
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                return (normalized[..start], normalized.Substring(start, length), normalized[(start + length)..]);
            }

            length += lines[i].Length + 1;
        }

        return (normalized[..start], normalized[start..], "");
    }
}
