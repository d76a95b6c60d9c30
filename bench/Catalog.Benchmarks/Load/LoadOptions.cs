using System.Globalization;

namespace Catalog.Benchmarks.Load;

/// <summary>The options of <c>load</c> (bench/README.md, "Load").</summary>
/// <param name="Concurrencies">Closed-loop concurrencies of the raw and filing phases (default 1, 8, 32, 64).</param>
/// <param name="WarmupSeconds">Seconds of untimed filing, acting and reading at c=8 before anything is measured, so the
/// platform's JIT has compiled its hot paths (default 20).</param>
/// <param name="RawSeconds">Seconds of raw upserts per concurrency (default 4).</param>
/// <param name="FilingSeconds">Seconds of each closed filing loop, after 1 s of warm-up (default 8).</param>
/// <param name="OpenLoopSeconds">Seconds of the open loop at half the best closed-loop rate (default 20).</param>
/// <param name="CountAt">The closed loop whose storage requests and CPU are counted (default 32).</param>
/// <param name="MixedSeconds">Seconds of the mixed day (default 30).</param>
/// <param name="MixedConcurrency">Loops of the mixed day (default 32).</param>
/// <param name="Open">Open requests to put in before the reads (default 10,000; 100,000 is the figure).</param>
/// <param name="SeedConcurrency">Filings at a time while seeding (default 64).</param>
/// <param name="SeedLimit">Seeding stops after this long whatever is left (default 240 s), so a slow store still ends.</param>
/// <param name="ReadSamples">Timed calls per kind of read (default 35).</param>
/// <param name="Page">Rows a queue read asks for (default 50).</param>
/// <param name="Proxy">Whether the platform reaches Azurite through the counting proxy (default yes; --no-proxy: no counts).</param>
/// <param name="KeepLogsIn">Where to copy the processes' logs (none by default).</param>
/// <param name="Phases">The phases to run (default all: raw, filing, open, mixed, reads, memory); the open loop needs filing, memory needs reads.</param>
/// <param name="ProfileTo">A folder for dotnet-counters and dotnet-trace files of the counted filing loop (no profile by default).</param>
/// <param name="DumpRequestsTo">A file the proxy writes every storage request line to (none by default).</param>
public sealed record LoadOptions(
    int[] Concurrencies,
    int WarmupSeconds,
    int RawSeconds,
    int FilingSeconds,
    int OpenLoopSeconds,
    int CountAt,
    int MixedSeconds,
    int MixedConcurrency,
    int Open,
    int SeedConcurrency,
    TimeSpan SeedLimit,
    int ReadSamples,
    int Page,
    bool Proxy,
    string? KeepLogsIn,
    IReadOnlySet<string> Phases,
    string? ProfileTo,
    string? DumpRequestsTo)
{
    /// <summary>Every phase, in the order they run.</summary>
    public static readonly string[] AllPhases = ["raw", "filing", "open", "mixed", "reads", "memory"];

    /// <summary>Whether <paramref name="phase"/> runs.</summary>
    public bool Runs(string phase) => Phases.Contains(phase);

    /// <summary>Parses <c>--concurrency 1,8,32,64 --warmup 20 --raw-seconds 4 --seconds 8 --open-loop-seconds 20 --count-at 32
    /// --mixed-seconds 30 --mixed-concurrency 32 --open 10000 --seed-concurrency 64 --seed-limit 300 --read-samples 35
    /// --page 50 --phases raw,filing,open,mixed,reads,memory --no-proxy --keep-logs DIR --profile DIR --dump-requests FILE</c>.</summary>
    public static LoadOptions Parse(string[] args)
    {
        var concurrencies = Text(args, "--concurrency") is { } list
            ? [.. list.Split(',').Select(c => int.Parse(c, NumberStyles.None, CultureInfo.InvariantCulture)).Where(c => c > 0)]
            : new[] { 1, 8, 32, 64 };
        return new LoadOptions(
            concurrencies,
            Number(args, "--warmup", 20),
            Number(args, "--raw-seconds", 4),
            Number(args, "--seconds", 8),
            Number(args, "--open-loop-seconds", 20),
            Number(args, "--count-at", 32),
            Number(args, "--mixed-seconds", 30),
            Number(args, "--mixed-concurrency", 32),
            Number(args, "--open", 10_000),
            Number(args, "--seed-concurrency", 64),
            TimeSpan.FromSeconds(Number(args, "--seed-limit", 240)),
            Number(args, "--read-samples", 35),
            Number(args, "--page", 50),
            !args.Contains("--no-proxy"),
            Text(args, "--keep-logs") is { } logs ? Path.GetFullPath(logs) : null,
            (Text(args, "--phases")?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? AllPhases).ToHashSet(StringComparer.Ordinal),
            Text(args, "--profile") is { } profile ? Path.GetFullPath(profile) : null,
            Text(args, "--dump-requests") is { } dump ? Path.GetFullPath(dump) : null);
    }

    /// <summary>The options as a command line, for the report.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"--concurrency {string.Join(',', Concurrencies)} --warmup {WarmupSeconds} --raw-seconds {RawSeconds} --seconds {FilingSeconds} --open-loop-seconds {OpenLoopSeconds} --count-at {CountAt} --mixed-seconds {MixedSeconds} --mixed-concurrency {MixedConcurrency} --open {Open} --seed-concurrency {SeedConcurrency} --seed-limit {SeedLimit.TotalSeconds} --read-samples {ReadSamples} --page {Page} --phases {string.Join(',', AllPhases.Where(Runs))}{(Proxy ? "" : " --no-proxy")}{(ProfileTo is null ? "" : " --profile " + ProfileTo)}");

    private static int Number(string[] args, string name, int fallback) =>
        Text(args, name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;

    private static string? Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
