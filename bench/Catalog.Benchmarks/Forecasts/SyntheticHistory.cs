using Catalog.Domain.Calendars;

namespace Catalog.Benchmarks.Forecasts;

/// <summary>
/// A seeded synthetic history of requests to three provider departments (Toronto, Paris, Vancouver; each its own
/// holidays and DST) from four client departments: clients file during their own business hours (a few at any
/// hour); each provider works its queue first come, first served with a handful of agents, in its business hours
/// only. The load varies: a weekly rhythm (Mondays heavy), a slow season, surges of a few weeks, and staff away
/// (slower work) at other times, so queues build and drain and a forecast has to follow them.
/// </summary>
public sealed class SyntheticHistory
{
    private static readonly (string Zone, string Name)[] ProviderZones =
        [("America/Toronto", "it"), ("Europe/Paris", "hr"), ("America/Vancouver", "fin")];

    private static readonly string[] ClientZones = ["America/Toronto", "Europe/Paris", "America/Vancouver", "America/Halifax"];

    // Work in business hours (median), spread (log-normal sigma), target in business hours, share of demand.
    private static readonly (double Work, double Sigma, double Target, double Share)[] Services =
        [(0.8, 0.8, 7, 0.4), (2.5, 0.7, 14, 0.3), (6, 0.6, 35, 0.2), (14, 0.6, 70, 0.1)];

    private SyntheticHistory(DateTimeOffset origin, BusinessCalendar[] providers, BusinessCalendar[] clients, List<SyntheticRequest> requests)
    {
        Origin = origin;
        Providers = providers;
        Clients = clients;
        Requests = requests;
    }

    /// <summary>Where every provider's business-hour coordinate starts.</summary>
    public DateTimeOffset Origin { get; }

    /// <summary>The providers' calendars.</summary>
    public BusinessCalendar[] Providers { get; }

    /// <summary>The clients' calendars.</summary>
    public BusinessCalendar[] Clients { get; }

    /// <summary>Every request, in filing order.</summary>
    public List<SyntheticRequest> Requests { get; }

    /// <summary>The names of the providers.</summary>
    public static string ProviderName(int provider) => ProviderZones[provider].Name;

    /// <summary>Plans at least <paramref name="count"/> requests from <paramref name="seed"/>.</summary>
    public static SyntheticHistory Generate(int count, int seed)
    {
        var random = new Random(seed);
        var origin = new DateTimeOffset(2025, 1, 6, 0, 0, 0, TimeSpan.Zero);
        var providers = ProviderZones.Select(z => Calendar(z.Zone, random)).ToArray();
        var clients = ClientZones.Select(z => Calendar(z, random)).ToArray();
        var agents = new[] { 5, 4, 3 };
        var filings = new List<(int Provider, int Service, int Client, DateTimeOffset At)>();
        var surges = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 40).Select(_ => random.NextDouble() < 0.15).ToArray()).ToArray();
        var day = 0;
        while (filings.Count < count)
        {
            var date = DateOnly.FromDateTime(origin.UtcDateTime).AddDays(day);
            var week = day / 7;
            for (var p = 0; p < providers.Length; p++)
            {
                // Demand in requests per day: about three quarters of what the agents manage, swinging with the season and surges.
                var capacity = agents[p] * 7 / 4.8;
                var season = 1 + 0.25 * Math.Sin(2 * Math.PI * day / 120.0 + p);
                var surge = surges[p][week / 4 % 40] ? 1.35 : 1;
                var weekday = date.DayOfWeek switch { DayOfWeek.Monday => 1.3, DayOfWeek.Friday => 0.8, _ => 1 };
                var mean = 0.75 * capacity * season * surge * weekday;
                var n = Poisson(random, mean);
                for (var i = 0; i < n; i++)
                {
                    var client = random.Next(clients.Length);
                    var service = PickService(random);
                    var at = FilingInstant(random, clients[client], date);
                    if (at is { } instant)
                    {
                        filings.Add((p, service, client, instant));
                    }
                }
            }

            day++;
        }

        var requests = new List<SyntheticRequest>(filings.Count);
        for (var p = 0; p < providers.Length; p++)
        {
            var calendar = providers[p];
            var free = new PriorityQueue<int, double>();
            for (var a = 0; a < agents[p]; a++)
            {
                free.Enqueue(a, 0);
            }

            foreach (var f in filings.Where(f => f.Provider == p).OrderBy(f => f.At))
            {
                var filedB = calendar.BusinessTimeBetween(origin, f.At).TotalHours;
                free.TryDequeue(out var agent, out var freeAt);
                var start = Math.Max(filedB, freeAt);
                var (work, sigma, target, _) = Services[f.Service];
                // Weeks with agents away: the work takes longer.
                var away = surges[(p + 1) % 3][(int)(start / 35) / 3 % 40] ? 1.3 : 1;
                var done = start + work * away * Math.Exp(sigma * Gaussian(random));
                free.Enqueue(agent, done);
                requests.Add(new SyntheticRequest(
                    p, $"{ProviderName(p)}-s{f.Service}", target, f.Client, f.At, filedB, done,
                    calendar.AddBusinessTime(origin, TimeSpan.FromHours(done))));
            }
        }

        requests.Sort((a, b) => a.FiledAt.CompareTo(b.FiledAt));
        CountQueues(requests);
        return new SyntheticHistory(origin, providers, clients, requests);
    }

    // Each request's open requests ahead at filing: filed before it by the same provider, not done yet.
    private static void CountQueues(List<SyntheticRequest> requests)
    {
        foreach (var group in requests.GroupBy(r => r.Provider))
        {
            var open = new PriorityQueue<SyntheticRequest, double>();
            foreach (var request in group.OrderBy(r => r.FiledB).ThenBy(r => r.FiledAt))
            {
                while (open.TryPeek(out _, out var done) && done <= request.FiledB)
                {
                    open.Dequeue();
                }

                request.QueueAhead = open.Count;
                open.Enqueue(request, request.DoneB);
            }
        }
    }

    private static BusinessCalendar Calendar(string zone, Random random)
    {
        AnnualDate[] recurring = [new(1, 1), new(12, 25), new(12, 26), new(7, 1)];
        var dated = new List<DateOnly>();
        for (var year = 2025; year <= 2029; year++)
        {
            for (var i = 0; i < 7; i++)
            {
                dated.Add(new DateOnly(year, 1, 1).AddDays(random.Next(365)));
            }
        }

        return BusinessCalendar.Default(TimeZoneInfo.FindSystemTimeZoneById(zone), dated, recurring);
    }

    // During the client's business hours that day (nine in ten), else at any hour; none on the client's days off.
    private static DateTimeOffset? FilingInstant(Random random, BusinessCalendar client, DateOnly date)
    {
        var zone = client.TimeZone;
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var open = new DateTimeOffset(midnight.AddHours(8.5), zone.GetUtcOffset(midnight.AddHours(8.5)));
        var businessToday = client.BusinessTimeBetween(open, open.AddHours(8)).TotalHours;
        if (businessToday <= 0)
        {
            return random.NextDouble() < 0.05 ? open.AddHours(random.NextDouble() * 12) : null;
        }

        if (random.NextDouble() < 0.1)
        {
            var any = midnight.AddHours(random.NextDouble() * 24);
            return new DateTimeOffset(any, zone.GetUtcOffset(any));
        }

        return client.AddBusinessTime(open, TimeSpan.FromHours(random.NextDouble() * businessToday * 0.999));
    }

    private static int PickService(Random random)
    {
        var x = random.NextDouble();
        for (var i = 0; i < Services.Length; i++)
        {
            x -= Services[i].Share;
            if (x < 0)
            {
                return i;
            }
        }

        return Services.Length - 1;
    }

    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
