using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Catalog.Grains.Hosting;
using Catalog.Testing;
using Catalog.Web.Live;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Benchmarks.Live;

/// <summary>
/// <c>breach-latency [--requests 60] [--rate 4] [--speed 3600] [--clients 20] [--wait 120]</c>: how long after its
/// due instant a breach reaches a SignalR client, in real time. Starts Azurite, a silo and the web host in this
/// process with the business clock running <c>--speed</c> times fast (<c>Catalog:Clock:Speed</c>: at 3600 a business
/// hour passes in a real second), creates an IT service whose acknowledgement is due one business hour after filing,
/// connects <c>--clients</c> clients to the organisation's board, files <c>--requests</c> requests at <c>--rate</c> a
/// second and lets every clock breach. For each breach event each client gets: (the business clock at receipt − the
/// breach's due instant) ÷ speed = the real time from the instant to the browser; and the same at the hub's send (the
/// part before SignalR). Target: every breach within 1 s of its instant (max). Returns 0 when met.
/// </summary>
public static class BreachLatencyBenchmark
{
    private const double TargetMs = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<int> RunAsync(string[] args)
    {
        var culture = CultureInfo.InvariantCulture;
        var requests = Option(args, "--requests", 60);
        var rate = Option(args, "--rate", 4);
        var speed = Option(args, "--speed", 3600);
        var clients = Option(args, "--clients", 20);
        var wait = Option(args, "--wait", 120);
        Console.WriteLine(string.Format(culture,
            "breach-latency: {0} requests at {1}/s, business clock ×{2:N0}, {3} SignalR clients on the organisation's board, {4} cores, load average {5}",
            requests, rate, speed, clients, Environment.ProcessorCount, LoadAverage()));

        var started = Stopwatch.StartNew();
        await using var platform = await LivePlatform.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Catalog:Clock:Speed"] = speed.ToString(culture),
        });
        var clock = platform.SiloServices.GetRequiredService<CatalogClock>();
        Console.WriteLine(string.Format(culture, "  platform ready in {0:N1} s; business clock now {1:u} (×{2:N0})",
            started.Elapsed.TotalSeconds, clock.GetUtcNow(), clock.Speed));

        // Real milliseconds since a business instant, read on the silo's clock (same process).
        double LateMs(DateTimeOffset due) => (clock.GetUtcNow() - due).TotalMilliseconds / clock.Speed;

        var bench = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var atHub = new ConcurrentQueue<double>();
        var atCheck = new ConcurrentQueue<double>();
        var checkToHub = new ConcurrentQueue<double>();
        var dueInstants = new ConcurrentDictionary<DateTimeOffset, int>();
        var arrivals = new ConcurrentQueue<double>();
        var firstBreachSeen = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        platform.Sender.Sending = e =>
        {
            if (e.Type == LiveEventTypes.Breached && e.DueAt is { } due && bench.ContainsKey(e.RequestId))
            {
                var hub = clock.GetUtcNow();
                atHub.Enqueue((hub - due).TotalMilliseconds / clock.Speed);
                // The request's UpdatedAt is the business instant its check began (the monitor's call).
                atCheck.Enqueue((e.Summary.UpdatedAt - due).TotalMilliseconds / clock.Speed);
                checkToHub.Enqueue((hub - e.Summary.UpdatedAt).TotalMilliseconds / clock.Speed);
                dueInstants.AddOrUpdate(due, 1, (_, n) => n + 1);
            }
        };

        var service = await CreateUrgentServiceAsync(platform.BaseAddress);
        var connections = await ConnectAsync(platform.BaseAddress, clients, batch =>
        {
            foreach (var e in batch)
            {
                if (e.Type == LiveEventTypes.Breached && e.DueAt is { } due && bench.ContainsKey(e.RequestId))
                {
                    arrivals.Enqueue(LateMs(due));
                    if (e.Clock == "Acknowledgement")
                    {
                        firstBreachSeen.AddOrUpdate(e.RequestId, 1, (_, n) => n + 1);
                    }
                }
            }
        });

        try
        {
            var (filer, _) = await DemoSignIn.SignInAsync(platform.BaseAddress, "hr.requester", TimeSpan.FromSeconds(30));
            using var _ = filer;
            Console.WriteLine(string.Format(culture, "  filing {0} requests of {1}...", requests, service));
            var interval = TimeSpan.FromSeconds(1.0 / rate);
            var filing = Stopwatch.StartNew();
            for (var n = 0; n < requests; n++)
            {
                if (interval * n > filing.Elapsed)
                {
                    await Task.Delay((interval * n) - filing.Elapsed);
                }

                var response = await filer.PostAsJsonAsync("api/requests", new
                {
                    serviceId = service,
                    title = $"breach #{n}",
                    answers = new Dictionary<string, string> { ["Printer number"] = $"PRN-{n:D4}" },
                });
                if (!response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  filing #{n} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    continue;
                }

                var filed = (await response.Content.ReadFromJsonAsync<JsonObject>(Json))!;
                bench[filed["id"]!.GetValue<string>()] = 0;
            }

            Console.WriteLine(string.Format(culture, "  filed {0} in {1:N1} s; waiting for every acknowledgement to breach (at most {2} s)...",
                bench.Count, filing.Elapsed.TotalSeconds, wait));
            var waiting = Stopwatch.StartNew();
            while (waiting.Elapsed < TimeSpan.FromSeconds(wait)
                && !(firstBreachSeen.Count == bench.Count && firstBreachSeen.Values.All(n => n >= clients)))
            {
                await Task.Delay(200);
            }

            await Task.Delay(500);
            var delivered = firstBreachSeen.Values.Sum(n => Math.Min(n, clients));
            var expected = bench.Count * clients;
            Console.WriteLine(string.Format(culture, "  acknowledgement breaches delivered: {0:N0} of {1:N0} ({2} requests × {3} clients)",
                delivered, expected, bench.Count, clients));
            Console.WriteLine(string.Format(culture, "  {0} breaches at {1} distinct due instants (most at one instant: {2}; requests filed out of business hours share the next morning's)",
                atHub.Count, dueInstants.Count, dueInstants.Values.DefaultIfEmpty(0).Max()));
            Line("due instant -> check", [.. atCheck], culture);
            Line("check -> hub send", [.. checkToHub], culture);
            Line("due instant -> hub send", [.. atHub], culture);
            Line("due instant -> client", [.. arrivals], culture);
            var samples = arrivals.ToArray();
            var met = delivered == expected && samples.Length > 0 && samples.Max() < TargetMs;
            Console.WriteLine(string.Format(culture, "  load average after: {0}; target: every breach at its clients within {1:N0} ms of its instant: {2}",
                LoadAverage(), TargetMs, met ? "met" : "NOT met"));
            return met ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private static async Task<string> CreateUrgentServiceAsync(Uri baseAddress)
    {
        var (http, _) = await DemoSignIn.SignInAsync(baseAddress, "it.manager", TimeSpan.FromSeconds(30));
        using var _ = http;
        var id = "it.bench-breach-" + Guid.NewGuid().ToString("N")[..8];
        var draft = JsonNode.Parse($$"""
            {
              "id": "{{id}}",
              "departmentId": "it",
              "category": "hardware",
              "name": { "fr": "Réparation urgente d'imprimante", "en": "Urgent printer repair" },
              "description": { "fr": "Un technicien vient réparer une imprimante en panne.", "en": "A technician comes to fix a broken printer." },
              "turnaround": { "value": 1, "unit": "BusinessDays" },
              "cost": { "amount": 0, "currency": "CAD", "unit": "Free", "unitLabel": null },
              "steps": [ { "fr": "Décrire la panne", "en": "Describe the fault" } ],
              "equipment": [],
              "clientSupplies": [ { "fr": "Numéro de l'imprimante", "en": "Printer number" } ],
              "eligibleDepartments": [],
              "standards": [ { "clock": "Acknowledgement", "target": { "value": 1, "unit": "BusinessHours" },
                               "description": { "fr": "Accusé de réception en une heure", "en": "Acknowledged within an hour" } } ]
            }
            """);
        var response = await http.PostAsJsonAsync("api/catalogue", draft);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Could not create the service: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return id;
    }

    private static async Task<List<HubConnection>> ConnectAsync(Uri baseAddress, int count, Action<List<BreachEvent>> receive)
    {
        var (signedIn, cookies) = await DemoSignIn.SignInAsync(baseAddress, "org.auditor");
        signedIn.Dispose();
        var connections = new List<HubConnection>(count);
        for (var i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseAddress, "hubs/live"), o => o.Cookies = cookies)
                .AddJsonProtocol(o => o.PayloadSerializerOptions = Json)
                .Build();
            connection.On("Events", receive);
            await connection.StartAsync();
            await connection.InvokeAsync<JsonElement>("JoinBoard");
            connections.Add(connection);
        }

        return connections;
    }

    private static void Line(string label, double[] samples, CultureInfo culture) =>
        Console.WriteLine(string.Format(culture, "  {0,-26} p50 {1,7:N1} ms  p95 {2,7:N1} ms  max {3,7:N1} ms  ({4:N0} samples)",
            label, Percentile(samples, 0.50), Percentile(samples, 0.95), samples.Length == 0 ? double.NaN : samples.Max(), samples.Length));

    private static double Percentile(double[] samples, double p)
    {
        if (samples.Length == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }

    /// <summary>The part of a live event the benchmark reads.</summary>
    private sealed record BreachEvent(string Type, string RequestId, string? Clock, DateTimeOffset? DueAt);
}
