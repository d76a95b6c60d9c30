using Catalog.Domain.Calendars;
using Catalog.Catalogue;
using Catalog.Sla;

namespace Catalog.Grains.Demo;

/// <summary>
/// The demo's past: about eight weeks of requests between the demo departments, planned in code from a fixed seed, so
/// every new demo opens on the same plausible history (most clocks met, some breached; quotes, some above the
/// approval threshold and some declined and re-quoted; accommodations, one decided by a substitute; transfers, a few
/// beyond the standard's one or to another department; waits on the client; surveys answered; complaints, some
/// escalated) and a handful of open requests about to breach. Every instant falls in the provider's business hours
/// (<see cref="BusinessCalendar"/>) and none after <c>anchor</c>, the instant the history was first seeded.
/// </summary>
internal static class DemoHistory
{
    /// <summary>The fixed seed: the same history every time.</summary>
    public const int Seed = 20261207;

    /// <summary>How many requests the history files.</summary>
    public const int RequestCount = 300;

    /// <summary>How many of them are open with their resolution due within the next business hours.</summary>
    public const int AboutToBreach = 8;

    /// <summary>The share of requests filed on a department's "Other request" entry.</summary>
    public const double OtherRequestShare = 0.05;

    /// <summary>How far back the history goes: request 1 is filed exactly this long before the anchor.</summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(56);

    /// <summary>The department whose manager is away, and the person deciding for them.</summary>
    public const string SubstituteDepartment = DemoDepartments.Hr;

    /// <summary>The substitution: from three weeks before the anchor until a few days after it.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) SubstitutePeriod(DateTimeOffset anchor) =>
        (anchor - TimeSpan.FromDays(21), anchor + TimeSpan.FromDays(5));

    /// <summary>The client departments, in the order the generator draws from.</summary>
    public static readonly string[] Clients =
    [
        DemoDepartments.It, DemoDepartments.Hr, DemoDepartments.Finance, DemoDepartments.Facilities,
        DemoDepartments.Legal, DemoDepartments.Communications, DemoDepartments.Procurement,
    ];

    /// <summary>Plans the history up to <paramref name="anchor"/>.</summary>
    /// <param name="anchor">The instant the history ends at (Catalog's now when first seeded).</param>
    /// <param name="services">The demo services a client may file for, in catalogue order, with their clocks per client.</param>
    /// <param name="calendars">Each department's business calendar.</param>
    public static IReadOnlyList<HistoryRequest> Plan(
        DateTimeOffset anchor, IReadOnlyList<HistoryService> services, Func<string, BusinessCalendar> calendars)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(calendars);
        var random = new Random(Seed);
        var plans = new List<HistoryRequest>(RequestCount);
        var substitute = new SubstituteSlot(SubstitutePeriod(anchor));
        for (var number = 1; number <= RequestCount; number++)
        {
            var client = Clients[random.Next(Clients.Length)];
            var aboutToBreach = number > RequestCount - AboutToBreach;
            // Now and then a need the catalogue does not cover, in the client's words (the annual review groups them).
            var other = !aboutToBreach && random.NextDouble() < OtherRequestShare;
            var candidates = services
                .Where(s => s.OtherRequest == other)
                .Where(s => s.ProviderDepartmentId != client && (s.EligibleDepartments.Count == 0 || s.EligibleDepartments.Contains(client)))
                .Where(s => !aboutToBreach || (!s.Paid && s.ClocksByClient[client].Any(c => c.Kind == ClockKind.Resolution)))
                .ToArray();
            var service = candidates[random.Next(candidates.Length)];
            var builder = new HistoryRequestBuilder(number, client, service, anchor, calendars, random, substitute);
            plans.Add(aboutToBreach ? builder.AboutToBreach() : builder.Typical(number == 1 ? anchor - Span : null));
        }

        return plans;
    }

    /// <summary>The one accommodation a substitute decides "for" the away manager.</summary>
    internal sealed class SubstituteSlot((DateTimeOffset From, DateTimeOffset Until) period)
    {
        public bool Used { get; set; }

        public bool Covers(DateTimeOffset at) => at >= period.From.AddDays(1) && at < period.Until;
    }
}
