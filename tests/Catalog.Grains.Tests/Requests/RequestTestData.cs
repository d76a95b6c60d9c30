using Catalog.Catalogue;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Requests;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Grains.Tests.Requests;

/// <summary>Fresh departments and services, filings, and the fake clock moved to known business instants.</summary>
internal static class RequestTestData
{
    /// <summary>The zone of every test department (TestDrafts.Department).</summary>
    public static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    /// <summary>The test service's acknowledgement standard: 4 business hours.</summary>
    public static Target Acknowledgement { get; } = Target.BusinessHours(4);

    /// <summary>
    /// A new provider with one service (acknowledgement within 4 business hours, resolution 5 business days) and a
    /// new client department. <paramref name="eligible"/> restricts who may request it.
    /// </summary>
    public static async Task<RequestParties> PartiesAsync(IGrainFactory grains, params string[] eligible)
    {
        var provider = await TestDrafts.AddDepartmentAsync(grains);
        var client = await TestDrafts.AddDepartmentAsync(grains);
        var draft = TestDrafts.Service(provider) with
        {
            // Free: the lifecycle tests start work at once (a paid service waits for an accepted quote, see QuoteTests).
            Cost = Cost.Free,
            EligibleDepartments = eligible,
            Standards = [new ServiceStandard(ClockKind.Acknowledgement, Acknowledgement, new LocalizedText("Accusé en 4 h.", "Acknowledged in 4 h."))],
        };
        var service = await grains.GetService(TestDrafts.ServiceId(provider)).CreateAsync(draft);
        return new RequestParties(provider, client, service.Id);
    }

    /// <summary>A filing of the test service by the client.</summary>
    public static FileRequest Filing(RequestParties parties, string? key = null, string? client = null) => new(
        parties.ServiceId,
        client ?? parties.Client,
        "Rémi Client",
        "Laptop for a new hire",
        new Dictionary<string, string> { ["costCentre"] = "4410" },
        key ?? Guid.NewGuid().ToString("N"));

    /// <summary>Files through the intake, as the API does.</summary>
    public static Task<RequestView> FileAsync(IGrainFactory grains, FileRequest filing) =>
        grains.GetRequestIntake(filing.ClientDepartmentId, filing.IdempotencyKey).FileAsync(filing);

    /// <summary>The instant of a local Toronto date and time.</summary>
    public static DateTimeOffset Local(DateTime local) => new(local, Toronto.GetUtcOffset(local));

    /// <summary>Moves the clock forward to the next <paramref name="day"/> (after today) at <paramref name="at"/> in Toronto.</summary>
    public static DateTimeOffset MoveToNext(this FakeTimeProvider clock, DayOfWeek day, TimeOnly at)
    {
        var date = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Toronto).Date.AddDays(1);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(1);
        }

        var target = Local(date + at.ToTimeSpan());
        clock.SetUtcNow(target);
        return target;
    }

    /// <summary>Moves the clock forward to an instant.</summary>
    public static void MoveTo(this FakeTimeProvider clock, DateTimeOffset instant) => clock.SetUtcNow(instant);

    /// <summary>The clock of a kind (the latest, for the client-response clock).</summary>
    public static ClockView Clock(this RequestView view, ClockKind kind) => view.Clocks.Last(c => c.Kind == kind);

    /// <summary>An instant in Toronto local time, to compare with a view's instants.</summary>
    public static DateTime InToronto(this DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Toronto).DateTime;
}
