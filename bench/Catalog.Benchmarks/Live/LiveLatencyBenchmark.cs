using Catalog.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Benchmarks.Live;

/// <summary>
/// <c>live-latency [--clients 1000] [--rate 20] [--seconds 30] [--poll-ms N]</c>: starts Azurite, a silo and the web host in this
/// process, connects SignalR clients to /hubs/live (all in the board group, so every client gets every event),
/// files requests over HTTP at a steady rate and measures, for every event every client gets, the time from the
/// event's <c>at</c> (the request grain's clock, taken before it stores the request) to its receipt. Same process,
/// same system clock. <c>--poll-ms</c> sets how often the silo's pulling agent reads the memory stream (Orleans'
/// default, 100 ms, when absent). Target: p95 below 200 ms with 1,000 clients. Returns 0 when met.
/// </summary>
public static class LiveLatencyBenchmark
{
    private const double TargetP95Ms = 200;
    private static readonly string[] ClientDepartments = ["hr", "finance", "legal", "facilities", "communications", "procurement"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Option(args, "--clients", 1000);
        var rate = Option(args, "--rate", 20);
        var seconds = Option(args, "--seconds", 30);
        var pollMs = Option(args, "--poll-ms", 0);
        var culture = CultureInfo.InvariantCulture;
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));

        Console.WriteLine(string.Format(culture, "live-latency: {0:N0} SignalR clients in group 'board', {1} requests/s for {2} s, stream poll {5}, {3} cores, {4} GC",
            clients, rate, seconds, Environment.ProcessorCount, System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
            pollMs > 0 ? $"{pollMs} ms" : "silo default"));
        var started = Stopwatch.StartNew();
        await using var platform = await LivePlatform.StartAsync(pollMs > 0 ? TimeSpan.FromMilliseconds(pollMs) : null);
        Console.WriteLine(string.Format(culture, "  platform ready in {0:N1} s (Azurite, silo, web on {1})", started.Elapsed.TotalSeconds, platform.BaseAddress));

        var recorder = new Recorder(clients * rate * seconds * 11 / 10 + 10_000);
        var connections = await ConnectAsync(platform.BaseAddress, clients, recorder);
        try
        {
            // Each client department files as its own requester: filing is for one's own department only.
            var filers = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
            foreach (var department in ClientDepartments)
            {
                filers[department] = (await DemoSignIn.SignInAsync(platform.BaseAddress, department + ".requester", TimeSpan.FromSeconds(30))).Http;
            }

            // Warm-up: JIT, grain activations, table creation. Not measured.
            Console.WriteLine("  warming up (5 s)...");
            await FileAtRateAsync(filers, "warmup", rate, 5, recorder: null);
            await Task.Delay(2000);
            recorder.Reset();
            platform.Sender.Reset();

            Console.WriteLine(string.Format(culture, "  measuring: filing {0:N0} requests...", rate * seconds));
            var (cpuBefore, wall, loadBefore) = (Environment.CpuUsage.TotalTime, Stopwatch.StartNew(), LoadAverage());
            var filing = await FileAtRateAsync(filers, "bench", rate, seconds, recorder);
            var expected = (long)filing.Filed * clients;
            var drain = Stopwatch.StartNew();
            while (recorder.Count < expected && drain.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(100);
            }

            Report(recorder, filing, clients, expected, culture);
            Line("  of which: at -> hub send", platform.Sender.ToHubMs, culture);
            Line("  board message to all", platform.Sender.SendMs, culture);
            var cores = (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds / wall.Elapsed.TotalSeconds;
            Console.WriteLine(string.Format(culture,
                "  this process used {0:N2} of {1} cores while measuring; load average {2} before, {3} after (above {1}: other processes competed)",
                cores, Environment.ProcessorCount, loadBefore, LoadAverage()));
            var p95 = Percentile(recorder.EventLatencies(), 0.95);
            var met = recorder.Count == expected && p95 < TargetP95Ms;
            Console.WriteLine(string.Format(culture, "  target: p95 < {0:N0} ms with {1:N0} clients, every event delivered: {2}",
                TargetP95Ms, clients, met ? "met" : "NOT met"));
            return met ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<List<HubConnection>> ConnectAsync(Uri baseAddress, int count, Recorder recorder)
    {
        // Every browser on the organisation's board is an auditor's: one sign-in, its cookie on every connection.
        var (signedIn, cookies) = await DemoSignIn.SignInAsync(baseAddress, "org.auditor");
        signedIn.Dispose();
        var clock = Stopwatch.StartNew();
        var connections = new HubConnection[count];
        using var gate = new SemaphoreSlim(50);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var connection = new HubConnectionBuilder()
                    .WithUrl(new Uri(baseAddress, "hubs/live"), o => o.Cookies = cookies)
                    .AddJsonProtocol(o => o.PayloadSerializerOptions = Json)
                    .Build();
                connection.On<List<BenchEvent>>("Events", batch => recorder.Receive(batch));
                await connection.StartAsync();
                await connection.InvokeAsync<JsonElement>("JoinBoard");
                connections[i] = connection;
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0:N0} clients connected and joined 'board' in {1:N1} s",
            count, clock.Elapsed.TotalSeconds));
        return [.. connections];
    }

    /// <summary>Files <paramref name="rate"/> requests a second, each call on its own (a slow one does not hold the next).</summary>
    private static async Task<FilingResult> FileAtRateAsync(Dictionary<string, HttpClient> filers, string tag, int rate, int seconds, Recorder? recorder)
    {
        var total = rate * seconds;
        var interval = TimeSpan.FromSeconds(1.0 / rate);
        var clock = Stopwatch.StartNew();
        var calls = new List<Task<double?>>(total);
        for (var n = 0; n < total; n++)
        {
            var due = interval * n;
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var department = ClientDepartments[n % ClientDepartments.Length];
            calls.Add(FileOneAsync(filers[department], $"{tag} #{n}", department, recorder, n));
        }

        var results = await Task.WhenAll(calls);
        var filingSeconds = clock.Elapsed.TotalSeconds;
        var ok = results.Where(r => r is not null).Select(r => r!.Value).ToArray();
        return new FilingResult(ok.Length, total - ok.Length, ok, filingSeconds);
    }

    private static async Task<double?> FileOneAsync(HttpClient http, string title, string clientDepartment, Recorder? recorder, int n)
    {
        var sent = Stopwatch.GetTimestamp();
        recorder?.Sending(n, sent);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsJsonAsync("api/requests", new
            {
                serviceId = "it.laptop-setup",
                clientDepartmentId = clientDepartment,
                title,
                answers = new Dictionary<string, string>(),
            });
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Console.WriteLine($"  filing {title} failed: {ex.GetType().Name} {ex.Message}");
            return null;
        }

        using var _ = response;
        if (!response.IsSuccessStatusCode)
        {
            Console.WriteLine($"  filing {title} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return null;
        }

        return Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
    }

    private static void Report(Recorder recorder, FilingResult filing, int clients, long expected, CultureInfo culture)
    {
        Console.WriteLine(string.Format(culture, "  filed {0:N0} requests in {1:N1} s ({2:N1}/s), {3} failed; POST /api/requests p50 {4:N1} ms, p95 {5:N1} ms",
            filing.Filed, filing.Seconds, filing.Filed / filing.Seconds, filing.Failed,
            Percentile(filing.HttpMs, 0.50), Percentile(filing.HttpMs, 0.95)));
        Console.WriteLine(string.Format(culture, "  delivered {0:N0} of {1:N0} events ({2:P2}) in {3:N0} SignalR messages ({4:N1} events per message, {5:N1} messages per client per second)",
            recorder.Count, expected, expected == 0 ? 0 : (double)recorder.Count / expected, recorder.Messages,
            recorder.Messages == 0 ? 0 : (double)recorder.Count / recorder.Messages, recorder.Messages / (double)clients / filing.Seconds));
        Line("event at (grain) -> receipt", recorder.EventLatencies(), culture);
        Line("before POST -> receipt", recorder.EndToEndLatencies(), culture);
    }

    private static void Line(string label, double[] samples, CultureInfo culture) =>
        Console.WriteLine(string.Format(culture, "  {0,-30} p50 {1,7:N1} ms  p95 {2,7:N1} ms  p99 {3,7:N1} ms  max {4,7:N1} ms  ({5:N0} samples)",
            label, Percentile(samples, 0.50), Percentile(samples, 0.95), Percentile(samples, 0.99),
            samples.Length == 0 ? double.NaN : samples.Max(), samples.Length));

    private static double Percentile(double[] samples, double p)
    {
        if (samples.Length == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The 1-minute load average on Linux ("n/a" elsewhere): the benchmark shares the machine with whatever runs.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    private sealed record FilingResult(int Filed, int Failed, double[] HttpMs, double Seconds);

    /// <summary>The part of a live event the benchmark reads (the client skips the rest of the JSON).</summary>
    private sealed record BenchEvent(string Type, string RequestId, long Sequence, DateTimeOffset At, BenchSummary Summary);

    private sealed record BenchSummary(string Title);

    /// <summary>Collects the latency of every delivery, from every client's receive loop.</summary>
    private sealed class Recorder(int capacity)
    {
        private readonly double[] eventMs = new double[capacity];
        private readonly double[] endToEndMs = new double[capacity];
        private readonly Dictionary<int, long> sentAt = [];
        private readonly Lock gate = new();
        private long count;
        private long endToEnd;
        private long messages;
        private bool measuring = true;

        public long Count => Interlocked.Read(ref count);

        public long Messages => Interlocked.Read(ref messages);

        public void Sending(int n, long timestamp)
        {
            lock (gate)
            {
                sentAt[n] = timestamp;
            }
        }

        public void Receive(List<BenchEvent> batch)
        {
            var now = DateTimeOffset.UtcNow;
            var timestamp = Stopwatch.GetTimestamp();
            if (!Volatile.Read(ref measuring))
            {
                return;
            }

            Interlocked.Increment(ref messages);
            foreach (var e in batch)
            {
                if (!e.Summary.Title.StartsWith("bench #", StringComparison.Ordinal))
                {
                    continue; // a warm-up straggler
                }

                var slot = Interlocked.Increment(ref count) - 1;
                if (slot >= eventMs.Length)
                {
                    continue;
                }

                eventMs[slot] = (now - e.At).TotalMilliseconds;
                long sent;
                lock (gate)
                {
                    if (!sentAt.TryGetValue(int.Parse(e.Summary.Title.AsSpan("bench #".Length), CultureInfo.InvariantCulture), out sent))
                    {
                        continue;
                    }
                }

                endToEndMs[Interlocked.Increment(ref endToEnd) - 1] = Stopwatch.GetElapsedTime(sent, timestamp).TotalMilliseconds;
            }
        }

        public void Reset()
        {
            Volatile.Write(ref measuring, false);
            Interlocked.Exchange(ref count, 0);
            Interlocked.Exchange(ref endToEnd, 0);
            Interlocked.Exchange(ref messages, 0);
            Volatile.Write(ref measuring, true);
        }

        public double[] EventLatencies() => eventMs[..(int)Math.Min(Count, eventMs.Length)];

        public double[] EndToEndLatencies() => endToEndMs[..(int)Math.Min(Interlocked.Read(ref endToEnd), endToEndMs.Length)];
    }
}
