using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Domain.WhatIf;
using Catalog.Errors;
using Catalog.Grains.WhatIf;
using Catalog.Sla;
using Catalog.WhatIf;

namespace Catalog.Grains.Requests;

/// <summary>
/// What-if previews and migrations (<see cref="IRequestWhatIfGrain"/>): the request read under another version of
/// its agreement or another calendar (<see cref="RequestProjection"/>), moved onto a newer version of its agreement,
/// or re-timed after its department's calendar changed. A move is one step through <c>ChangeAsync</c>: history entry,
/// audit entry, new deadlines to the index and monitor, thresholds the new terms reach recorded now.
/// </summary>
public sealed partial class RequestGrain : IRequestWhatIfGrain
{
    public async Task<RequestWhatIf> WhatIfAsync(WhatIfScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        EnsureExists();
        var now = clock.GetUtcNow();
        var current = await CalendarsAsync();
        return Read(scenario, current, now);
    }

    public Task<RequestWhatIf> MigrateAgreementAsync(Viewer actor, AgreementMigration migration)
    {
        ArgumentNullException.ThrowIfNull(migration);
        EnsureExists();
        var from = Request.AgreementVersion;
        var refusal = Request.Status is RequestStatus.Closed or RequestStatus.Cancelled ? $"{Id} is {Request.Status}: only open requests move."
            : Request.AgreementId != migration.AgreementId ? $"{Id} runs under {Request.AgreementId ?? "no agreement"}, not {migration.AgreementId}."
            : from >= migration.Version ? $"{Id} is already on version {from} of {migration.AgreementId}."
            : null;
        if (refusal is not null)
        {
            return Task.FromException<RequestWhatIf>(new CatalogConflictException(refusal, []));
        }

        return MigrateAsync(actor, migration, from);
    }

    private async Task<RequestWhatIf> MigrateAsync(Viewer actor, AgreementMigration migration, int? from)
    {
        await ChangeAsync(actor, null, null, WhatIfSteps.AgreementMigrated, RequestAction.Comment, (request, side, by, c, now) =>
            {
                var change = request.MigrateTerms([.. migration.Clocks.Select(RequestStateMapping.Terms)], c, now);
                Request.Policies = Merge(Request.Policies, migration.Clocks);
                Request.AgreementVersion = migration.Version;
                return Task.FromResult(new StepResult([change], WhatIfSteps.MigrationNote(migration.AgreementId, from, migration.Version)));
            });
        return Read(WhatIfScenario.ForAgreement(migration.AgreementId, migration.Version, migration.Clocks), await CalendarsAsync(), clock.GetUtcNow());
    }

    public async Task<bool> ApplyCalendarAsync(Viewer actor, string departmentId, CalendarSettings previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        EnsureExists();
        var now = clock.GetUtcNow();
        var before = WithCalendar(calendars ?? await CalendarsAsync(), departmentId, calendarCache.Get(previous));

        // The department's calendar as published now: the next read fetches it.
        calendars = null;
        var after = await CalendarsAsync();
        var moved = RequestProjection.Compare(
            RequestStateMapping.ToDomain(Request, before), before, RequestStateMapping.ToDomain(Request, after), after, now).Any(c => c.Changed);
        if (!moved || Request.Status is RequestStatus.Closed or RequestStatus.Cancelled)
        {
            return false;
        }

        await ChangeAsync(actor, null, null, WhatIfSteps.CalendarApplied, RequestAction.Comment, (request, side, by, c, at) =>
            Task.FromResult(new StepResult([request.Retime(c, at)], departmentId)));
        return true;
    }

    // The request read now and under the scenario: its clocks before and after, and replayed from filing both ways.
    private RequestWhatIf Read(WhatIfScenario scenario, RequestCalendars current, DateTimeOffset now)
    {
        var applies = false;
        var draftCalendars = current;
        ServiceRequest after;
        if (scenario.AgreementId is { } agreementId)
        {
            applies = Request.AgreementId == agreementId;
            after = RequestStateMapping.ToDomain(Request, current);
            if (applies && scenario.Clocks is { } draftClocks)
            {
                after.Retarget([.. draftClocks.Select(RequestStateMapping.Terms)], current);
            }
        }
        else
        {
            var department = scenario.CalendarDepartmentId ?? "";
            applies = scenario.Calendar is not null
                && (Request.ProviderDepartmentId == department || Request.ClientDepartmentId == department);
            if (applies)
            {
                draftCalendars = WithCalendar(current, department, calendarCache.Get(scenario.Calendar!));
            }

            after = RequestStateMapping.ToDomain(Request, draftCalendars);
        }

        var before = RequestStateMapping.ToDomain(Request, current);
        var clocks = applies
            ? RequestProjection.Compare(before, current, after, draftCalendars, now).Select(Clock).ToArray()
            : [];
        var replayedNow = RequestProjection.Replay(RequestStateMapping.ToDomain(Request, current), current, now);
        var replayedDraft = applies ? RequestProjection.Replay(FromFiling(scenario, draftCalendars), draftCalendars, now) : replayedNow;
        var outcomes = replayedNow.Zip(replayedDraft, (n, d) => new WhatIfOutcome(n.Kind, n.Outcome, d.Outcome)).ToArray();
        return new RequestWhatIf(
            Id, Request.Title, Request.Status, Request.ProviderDepartmentId, Request.ClientDepartmentId, Request.FiledAt,
            Request.AgreementId, Request.AgreementVersion, applies, clocks, outcomes);
    }

    // The request with the scenario's terms from its filing (no migration instant: replays ignore recorded thresholds).
    private ServiceRequest FromFiling(WhatIfScenario scenario, RequestCalendars draft)
    {
        var request = RequestStateMapping.ToDomain(Request, draft);
        if (scenario.Clocks is { } clocks)
        {
            request.Retarget([.. clocks.Select(RequestStateMapping.Terms)], draft);
        }

        return request;
    }

    private static WhatIfClock Clock(ClockComparison c) => new(
        c.Before.Kind, c.Before.Standing, c.Before.DueAt, c.Before.Target, c.After.Standing, c.After.DueAt, c.After.Target, c.Changed);

    // The request's calendars with the department's replaced (it may be the provider, the client or both).
    private RequestCalendars WithCalendar(RequestCalendars current, string departmentId, Domain.Calendars.BusinessCalendar calendar) => new(
        Request.ProviderDepartmentId == departmentId ? calendar : current.Provider,
        Request.ClientDepartmentId == departmentId ? calendar : current.Client);

    // The policies with the clocks a version sets replaced, in clock order, as a plain array (stored).
    private static ClockPolicy[] Merge(ClockPolicy[] policies, IReadOnlyList<ClockPolicy> clocks) =>
        [.. policies.Where(p => clocks.All(c => c.Kind != p.Kind)).Concat(clocks).OrderBy(p => p.Kind)];
}
