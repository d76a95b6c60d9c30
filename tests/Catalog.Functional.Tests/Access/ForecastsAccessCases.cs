using static Catalog.Functional.Tests.Access.People;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Promised dates and breach forecasts (issue 12). The filing form's promise: whoever may file for the client
/// department (here hr). A provider's queue forecast: like its queue, its own people and auditors (the forecast
/// names no titles, but its request ids are the queue's). A request's promise: whoever may read the request;
/// outsiders are told it does not exist. How often its promised dates held is published like the scorecards
/// (everyone signed in); the forecast's full quality (Brier scores): the provider's managers, administrators and auditors.
/// </summary>
public static class ForecastsAccessCases
{
    public static readonly AccessCase[] Cases =
    [
        new("promise for the filing form", "GET", "api/forecasts/promise",
            _ => Task.FromResult(new AccessCall($"api/forecasts/promise?service={AccessWorld.OpenService}&client=hr")),
            HrPeople),
        // The forecasts carry ids, probabilities and dates, never a title: no secret to look for in them.
        new("queue forecast", "GET", "api/forecasts/queues/{departmentId}", async w =>
            {
                await w.RequestAsync(AccessWorld.NewSecret());
                return new AccessCall("api/forecasts/queues/it");
            },
            [.. ItPeople, Auditor]),
        new("request promise", "GET", "api/forecasts/requests/{id}", async w =>
            {
                return new AccessCall($"api/forecasts/requests/{await w.RequestAsync(AccessWorld.NewSecret())}");
            },
            RequestReaders, Hidden: [LegalAgent]),
        new("promises held (published)", "GET", "api/forecasts/promises/{departmentId}",
            _ => Task.FromResult(new AccessCall("api/forecasts/promises/it?days=30")),
            SignedIn),
        new("forecast quality", "GET", "api/forecasts/quality/{departmentId}",
            _ => Task.FromResult(new AccessCall("api/forecasts/quality/it?days=30")),
            [.. ItManagers, Auditor]),
    ];
}
