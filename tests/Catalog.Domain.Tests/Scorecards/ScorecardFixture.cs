using Catalog.Domain.Calendars;
using Catalog.Domain.Scorecards;
using static Catalog.Domain.Scorecards.ClockOutcome;

namespace Catalog.Domain.Tests.Scorecards;

/// <summary>
/// The hand-computed fixture of the scorecards and the annual review: 54 requests to the IT department in 2026,
/// worked out by hand below, across both DST changes of America/Toronto (Sunday 8 March, 02:00 → 03:00; Sunday
/// 1 November, 02:00 → 01:00) and holidays (Good Friday 3 April and Wednesday 11 November dated; 1 July and 25
/// December every year). IT's business hours are the standard ones: 08:30–12:00 and 13:00–16:30 Monday to Friday
/// (3.5 h + 3.5 h = 7 h a day) in Toronto; HR's the same in Vancouver (three hours behind Toronto all year, both
/// zones changing on the same dates). Times below are Toronto wall-clock times unless said otherwise.
/// Shared with the functional tests, which write the same facts into the real store and read them over HTTP.
/// </summary>
public static class ScorecardFixture
{
    public const string It = "it";
    public const string Hr = "hr";
    public const string Finance = "finance";
    public const string Legal = "legal";
    public const string Laptop = "it.laptop-setup";
    public const string Password = "it.password-reset";
    public const string Software = "it.software-install";
    public const string Other = "it.other-request";
    public const string Unused = "it.printer-repair";

    public static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
    public static readonly TimeZoneInfo Vancouver = TimeZoneInfo.FindSystemTimeZoneById("America/Vancouver");

    public static readonly DateOnly[] ItHolidays = [new(2026, 4, 3), new(2026, 11, 11)];
    public static readonly AnnualDate[] ItYearlyHolidays = [new(7, 1), new(12, 25)];

    public static readonly BusinessCalendar ItCalendar = BusinessCalendar.Default(Toronto, ItHolidays, ItYearlyHolidays);
    public static readonly BusinessCalendar HrCalendar = BusinessCalendar.Default(Vancouver, [], []);

    /// <summary>The figures are computed as of Wednesday 16 September 2026, 09:00: open holds end there.</summary>
    public static readonly DateTimeOffset AsOf = T(2026, 9, 16, 9);

    /// <summary>The year 2026 in Toronto: [1 January 00:00 EST, 1 January 2027 00:00 EST).</summary>
    public static readonly DateTimeOffset YearStart = T(2026, 1, 1, 0);
    public static readonly DateTimeOffset YearEnd = T(2027, 1, 1, 0);

    public static BusinessCalendar CalendarOf(string department) => department == Hr ? HrCalendar : ItCalendar;

    /// <summary>A Toronto wall-clock time (the standard offset when ambiguous).</summary>
    public static DateTimeOffset T(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Toronto.GetUtcOffset(local));
    }

    /// <summary>One row: the request and its turnaround in business hours as worked out by hand (null: none).</summary>
    public sealed record Row(ScoredRequest Request, double? Hours);

    // Row helper: n gives the id and the client (hr, finance, legal in turn); the resolution clock's target is two
    // business days (14 h): met at 14 h or less, breached above, as the outcomes below say.
    private static Row R(
        int n, string service, DateTimeOffset filed, DateTimeOffset? resolved, double? hours,
        ClockOutcome ack = Met, ClockOutcome? resolution = null, PauseSpan[]? pauses = null, HeldSpan[]? holds = null,
        int transfers = 0, decimal? quote = null, string? text = null, bool cancelled = false, DateTimeOffset? ended = null)
    {
        var client = ((n - 1) % 3) switch { 0 => Hr, 1 => Finance, _ => Legal };
        var res = resolution ?? (hours is { } h ? (h <= 14 ? Met : Breached) : Running);
        return new Row(
            new ScoredRequest(
                $"IT-{n:000}", service, It, client, filed, resolved, cancelled,
                [new ScoredClock("Acknowledgement", ack), new ScoredClock("Resolution", res)],
                holds ?? [new HeldSpan(It, filed, resolved ?? ended)],
                pauses ?? [], transfers, quote, quote is null ? null : "CAD", text),
            hours);
    }

    public static readonly Row[] Rows =
    [
        // Spring DST (Sunday 8 March). Monday 9 March is EDT, the Friday before EST: business hours are wall-clock hours.
        R(1, Laptop, T(2026, 3, 6, 15), T(2026, 3, 9, 10), 3.0),            // Fri 15:00–16:30 1.5 + Mon 08:30–10:00 1.5
        R(2, Laptop, T(2026, 3, 6, 9), T(2026, 3, 9, 9), 7.0),              // Fri 09:00–12:00 3 + 13:00–16:30 3.5 + Mon 0.5
        R(3, Laptop, T(2026, 3, 5, 14), T(2026, 3, 10, 14), 21.0, ack: Breached), // Thu 2.5 + Fri 7 + Mon 7 + Tue 3.5 + 1
        R(4, Laptop, T(2026, 3, 7, 10), T(2026, 3, 9, 8, 30), 0.0),         // filed Saturday, resolved at Monday's opening
        R(5, Laptop, T(2026, 3, 8, 1, 30), T(2026, 3, 9, 12, 30), 3.5),     // Sunday 01:30 EST; Mon 08:30–12:00, lunch not counted
        R(6, Laptop, T(2026, 3, 9, 11), T(2026, 3, 9, 11, 45), 0.75),       // Mon 11:00–11:45

        // Good Friday 3 April (dated holiday).
        R(7, Laptop, T(2026, 4, 2, 16), T(2026, 4, 6, 9, 30), 1.5),         // Thu 0.5 + Fri 0 + Mon 1.0
        R(8, Laptop, T(2026, 4, 2, 8, 30), T(2026, 4, 6, 16, 30), 14.0, quote: 120.00m), // Thu 7 + Mon 7 (finance)
        R(9, Laptop, T(2026, 4, 3, 10), T(2026, 4, 3, 15), 0.0),            // filed and resolved on the holiday
        R(10, Laptop, T(2026, 4, 1, 12, 30), T(2026, 4, 7, 12, 30), 21.0, ack: Breached), // Wed 3.5 + Thu 7 + Mon 7 + Tue 3.5

        // Fall DST (Sunday 1 November) and 11 November (dated holiday).
        R(11, Laptop, T(2026, 10, 30, 16), T(2026, 11, 2, 9), 1.0),         // Fri 0.5 (EDT) + Mon 0.5 (EST)
        R(12, Laptop, T(2026, 11, 1, 23, 30), T(2026, 11, 2, 13, 30), 4.0), // Sunday 23:30 EST (Monday 04:30 UTC): Mon 3.5 + 0.5
        R(13, Laptop, T(2026, 10, 30, 8, 30), T(2026, 11, 2, 16, 30), 14.0, quote: 80.50m), // Fri 7 + Mon 7 (hr)
        R(14, Laptop, T(2026, 11, 10, 15), T(2026, 11, 12, 9), 2.0),        // Tue 1.5 + Wed holiday 0 + Thu 0.5
        R(15, Laptop, T(2026, 11, 10, 8, 30), T(2026, 11, 12, 16, 30), 14.0), // Tue 7 + Wed 0 + Thu 7

        // 1 July (yearly holiday, a Wednesday in 2026).
        R(16, Laptop, T(2026, 6, 30, 16), T(2026, 7, 2, 9), 1.0),           // Tue 0.5 + Wed 0 + Thu 0.5
        R(17, Laptop, T(2026, 6, 30, 8, 30), T(2026, 7, 3, 12), 17.5),      // Tue 7 + Wed 0 + Thu 7 + Fri 3.5

        // Waiting on the client does not count.
        R(18, Laptop, T(2026, 3, 9, 8, 30), T(2026, 3, 11, 16, 30), 14.0,   // Mon–Wed 21 h minus the pause Mon 13:00 → Tue 13:00 (3.5 + 3.5)
            pauses: [new PauseSpan(T(2026, 3, 9, 13), T(2026, 3, 10, 13))]),
        R(19, Laptop, T(2026, 4, 2, 8, 30), T(2026, 4, 7, 12), 16.5,        // Thu 7 + Fri 0 + Mon 7 + Tue 3.5 = 17.5 minus pause Thu 16:00 → Mon 09:00 (0.5 + 0.5)
            pauses: [new PauseSpan(T(2026, 4, 2, 16), T(2026, 4, 6, 9))]),
        R(20, Laptop, T(2026, 10, 30, 9), T(2026, 11, 3, 9), 14.0,          // Fri 6.5 + Mon 7 + Tue 0.5; the pause (Sat → Mon 08:30) holds no business time
            pauses: [new PauseSpan(T(2026, 10, 31, 10), T(2026, 11, 2, 8, 30))]),

        // Ordinary weeks of May.
        R(21, Password, T(2026, 5, 12, 9), T(2026, 5, 12, 11), 2.0),
        R(22, Password, T(2026, 5, 12, 9), T(2026, 5, 12, 14), 4.0),         // 3 + 1
        R(23, Password, T(2026, 5, 13, 8, 30), T(2026, 5, 14, 8, 30), 7.0),
        R(24, Password, T(2026, 5, 13, 10), T(2026, 5, 13, 10, 30), 0.5),
        R(25, Password, T(2026, 5, 14, 13), T(2026, 5, 14, 16, 30), 3.5),
        R(26, Password, T(2026, 5, 19, 8, 30), T(2026, 5, 22, 16, 30), 28.0, ack: Breached), // Tue–Fri 4 × 7
        R(27, Password, T(2026, 5, 19, 11), T(2026, 5, 20, 11), 7.0),
        R(28, Password, T(2026, 5, 20, 9, 30), T(2026, 5, 20, 12), 2.5),
        R(29, Password, T(2026, 5, 21, 14), T(2026, 5, 22, 9, 30), 3.5),     // Thu 2.5 + Fri 1
        R(30, Password, T(2026, 5, 22, 16), T(2026, 5, 25, 8, 45), 0.75),    // Fri 0.5 + Mon 0.25

        // The week of 1 June.
        R(31, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 1, 9, 30), 1.0),
        R(32, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 2, 8, 30), 7.0),
        R(33, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 3, 8, 30), 14.0, quote: 200.00m), // legal
        R(34, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 4, 8, 30), 21.0),
        R(35, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 5, 8, 30), 28.0),
        R(36, Password, T(2026, 6, 1, 8, 30), T(2026, 6, 8, 8, 30), 35.0),
        R(37, Password, T(2026, 6, 2, 12), T(2026, 6, 2, 13), 0.0),          // the lunch break only
        R(38, Password, T(2026, 6, 2, 11), T(2026, 6, 2, 14), 2.0),          // 1 + 1
        R(39, Password, T(2026, 6, 3, 16, 30), T(2026, 6, 4, 8, 30), 0.0),   // closing to opening
        R(40, Password, T(2026, 6, 3, 16), T(2026, 6, 4, 9), 1.0),

        // Not resolved: running, cancelled (with a quote that is never charged), breached while open.
        R(41, Software, T(2026, 9, 15, 9), null, null, quote: 75m),         // held by IT until AsOf: Tue 3 + 3.5 + Wed 0.5 = 7
        R(42, Software, T(2026, 9, 15, 10), null, null, ack: Met, resolution: ClockOutcome.Cancelled, quote: 50m, cancelled: true,
            ended: T(2026, 9, 15, 11)),                                      // held 1 h, then cancelled
        R(43, Software, T(2026, 9, 15, 13), null, null, resolution: Breached), // held until AsOf: Tue 3.5 + Wed 0.5 = 4

        // "Other request": what the catalogue does not offer.
        R(44, Other, T(2026, 6, 9, 10), T(2026, 6, 9, 12), 2.0, text: "Licences Adobe Photoshop pour l'équipe"),
        R(45, Other, T(2026, 6, 10, 9), T(2026, 6, 10, 10), 1.0, text: "Adobe Photoshop licence for design"),
        R(46, Other, T(2026, 9, 8, 9), T(2026, 9, 8, 16), 6.0, text: "Second monitor for accessibility"), // 3 + 3
        R(47, Other, T(2026, 9, 8, 9), T(2026, 9, 9, 9), 7.0, text: "Écran supplémentaire (second monitor)"),

        // September.
        R(48, Software, T(2026, 9, 9, 8, 30), T(2026, 9, 9, 12), 3.5),
        R(49, Software, T(2026, 9, 10, 13), T(2026, 9, 11, 13), 7.0),
        R(50, Software, T(2026, 9, 11, 8, 30), T(2026, 9, 14, 16, 30), 14.0),
        R(51, Software, T(2026, 9, 14, 9), T(2026, 9, 14, 9, 15), 0.25),
        R(52, Software, T(2026, 9, 15, 9), T(2026, 9, 15, 11), 2.0),

        // Transfers. Filed with HR by mistake, then IT: HR's time is measured in Vancouver (08:30 Toronto is 05:30 there).
        R(53, Software, T(2026, 3, 9, 8, 30), T(2026, 3, 10, 10), 8.5,       // IT calendar: Mon 7 + Tue 1.5
            holds: [new HeldSpan(Hr, T(2026, 3, 9, 8, 30), T(2026, 3, 9, 14)), // Vancouver 05:30–11:00: 08:30–11:00 = 2.5
                    new HeldSpan(It, T(2026, 3, 9, 14), null)],              // Mon 14:00–16:30 2.5 + Tue 1.5 = 4
            transfers: 1),
        // Transferred twice (IT → HR → IT): one beyond the standard.
        R(54, Software, T(2026, 6, 2, 9), T(2026, 6, 3, 9), 7.0,             // IT calendar: Tue 3 + 3.5 + Wed 0.5
            holds: [new HeldSpan(It, T(2026, 6, 2, 9), T(2026, 6, 2, 10)),   // 1
                    new HeldSpan(Hr, T(2026, 6, 2, 10), T(2026, 6, 2, 15)),  // Vancouver 07:00–12:00: 08:30–12:00 = 3.5
                    new HeldSpan(It, T(2026, 6, 2, 15), T(2026, 6, 3, 9))],  // Tue 1.5 + Wed 0.5 = 2
            transfers: 2),
    ];

    /// <summary>Ten surveys: 5, 5, 4, 4, 4, 3, 2, 5, 1, 4 — sum 37, mean 3.7; one 1, one 2, one 3, four 4s, three 5s.</summary>
    public static readonly ScoredSatisfaction[] Surveys =
        new[] { 5, 5, 4, 4, 4, 3, 2, 5, 1, 4 }
            .Select((score, i) => new ScoredSatisfaction($"IT-{i + 21:000}", Password, It, ((i + 20) % 3) switch { 0 => Hr, 1 => Finance, _ => Legal },
                score, T(2026, 5, 25 + i % 5, 10)))
            .ToArray();

    /// <summary>Four complaints: delay twice, courtesy, quality; answered in time twice, late once, one still open.</summary>
    public static readonly ScoredComplaint[] Complaints =
    [
        new("C-1", Laptop, It, Hr, "delay", T(2026, 3, 12, 10), true),
        new("C-2", Laptop, It, Finance, "delay", T(2026, 4, 8, 10), true),
        new("C-3", Password, It, Legal, "courtesy", T(2026, 6, 9, 10), false),
        new("C-4", Software, It, Hr, "quality", T(2026, 9, 15, 15), null),
    ];

    public static IReadOnlyList<ScoredRequest> AllRequests => Rows.Select(r => r.Request).ToArray();
}
