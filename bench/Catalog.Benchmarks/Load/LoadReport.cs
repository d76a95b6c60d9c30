using System.Globalization;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The printer of <c>load</c>: progress and detail lines as they come, and the summary at the end, one row per figure
/// with its ratio to the raw ceiling measured in the same run.
/// </summary>
public sealed class LoadReport
{
    private readonly List<(string Figure, string Value, string Ratio)> summary = [];

    /// <summary>Prints a line at once.</summary>
    public void Line(string text) => Console.WriteLine(text);

    /// <summary>Prints a phase's heading.</summary>
    public void Phase(string title)
    {
        Console.WriteLine();
        Console.WriteLine("== " + title + " ==");
    }

    /// <summary>Keeps a figure for the summary, and prints it.</summary>
    public void Figure(string figure, string value, string ratio = "")
    {
        summary.Add((figure, value, ratio));
        Console.WriteLine(string.IsNullOrEmpty(ratio) ? $"  {figure}: {value}" : $"  {figure}: {value}  [{ratio}]");
    }

    /// <summary>The summary table, as text columns.</summary>
    public void PrintSummary(string heading)
    {
        Console.WriteLine();
        Console.WriteLine("== summary: " + heading + " ==");
        var width = summary.Count == 0 ? 0 : summary.Max(s => s.Figure.Length);
        var valueWidth = summary.Count == 0 ? 0 : summary.Max(s => s.Value.Length);
        foreach (var (figure, value, ratio) in summary)
        {
            Console.WriteLine($"  {figure.PadRight(width)}  {value.PadRight(valueWidth)}  {ratio}");
        }
    }

    /// <summary>Invariant formatting.</summary>
    public static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>"0.07 of raw" (or "n/a").</summary>
    public static string OfRaw(double value, double raw) =>
        raw > 0 && !double.IsNaN(value) ? F($"{value / raw:0.00} of raw") : "n/a";

    /// <summary>"×12.3 a raw upsert's" latency ratio (or "n/a").</summary>
    public static string TimesRaw(double value, double raw, string what = "raw upsert") =>
        raw > 0 && !double.IsNaN(value) ? F($"×{value / raw:0.0} a {what}") : "n/a";
}
