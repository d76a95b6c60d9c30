using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests;
using Catalog.Grains.Scorecards;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Scorecards;
using Catalog.Sla;
using Catalog.WhatIf;
using Orleans.Concurrency;

namespace Catalog.Grains.WhatIf;

/// <summary>
/// What-if previews and migrations of one department's agreements and calendar. The open requests come from the
/// request index, the last quarter's from the scorecards' facts; each request reads itself under the change
/// (<see cref="IRequestWhatIfGrain"/>), since only it holds the spans its clocks ran. Agreements are versioned: a new
/// version applies to new requests, open ones move only when a manager migrates them. Calendars are not: open requests
/// count in their departments' calendars as they are, so publishing one re-times them, once confirmed when it moves any.
/// </summary>
[StatelessWorker]
[GrainType(WhatIfGrainTypes.WhatIf)]
internal sealed class WhatIfGrain(
    IRequestIndex index,
    IRequestFactsStore facts,
    CatalogClock clock,
    BusinessCalendarCache calendars,
    IAuditRecorder audit) : Grain, IWhatIfGrain
{
    /// <summary>The quarter replayed for compliance: the 91 days (13 weeks) before now.</summary>
    public static readonly TimeSpan Quarter = TimeSpan.FromDays(91);

    /// <summary>How many requests are read at once (each a grain call that may load its state).</summary>
    private const int Parallelism = 32;

    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.WaitingOnClient, RequestStatus.Resolved];

    private string DepartmentId => this.GetPrimaryKeyString();

    public async Task<WhatIfPreview> PreviewAgreementAsync(Viewer viewer, string agreementId, AgreementDraft draft)
    {
        var current = await CurrentAsync(agreementId);
        await ValidateAsync(draft, current);
        var scenario = WhatIfScenario.ForAgreement(agreementId, current.Version + 1, [.. draft.Clocks.OrderBy(c => c.Kind)]);
        var preview = await PreviewAsync(scenario, clientSide: false, Covers(current));
        await audit.RecordAsync(AuditEntityTypes.Agreement, agreementId, WhatIfSteps.Previewed, Summary(preview, current.Version, current.Version + 1));
        return preview;
    }

    public async Task<MigrationResult> MigrateAgreementAsync(Viewer viewer, string agreementId, MigrationOrder order)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(order);
        var current = await CurrentAsync(agreementId);
        if (order.Version != current.Version)
        {
            throw new CatalogConflictException(
                $"The agreement '{agreementId}' is at version {current.Version}: open requests move only onto the current version.", []);
        }

        var open = await OpenRequestsAsync(clientSide: false, Covers(current));
        var skipped = new Dictionary<string, string>(StringComparer.Ordinal);
        var chosen = order.RequestIds is { Count: > 0 } ids ? ids.Distinct(StringComparer.Ordinal).ToArray() : null;
        string[] targets;
        if (chosen is not null)
        {
            foreach (var id in chosen.Where(id => !open.Contains(id)))
            {
                skipped[id] = $"not an open request of '{DepartmentId}' on {agreementId}";
            }

            targets = [.. chosen.Where(open.Contains)];
        }
        else
        {
            // Every open request on an older version of this agreement.
            var scenario = WhatIfScenario.ForAgreement(agreementId, current.Version, current.Clocks);
            var read = await ReadAsync(open, scenario);
            targets = [.. read.Where(r => r.Applies && r.AgreementVersion < current.Version).Select(r => r.RequestId)];
        }

        var actor = Acting(viewer);
        var migration = new AgreementMigration(agreementId, current.Version, [.. current.Clocks]);
        var changed = new List<string>();
        await ForEachAsync(targets, async id =>
        {
            try
            {
                await GrainFactory.GetRequestWhatIf(id).MigrateAgreementAsync(actor, migration);
                lock (changed)
                {
                    changed.Add(id);
                }
            }
            catch (CatalogConflictException refused)
            {
                lock (skipped)
                {
                    skipped[id] = refused.Message;
                }
            }
        });

        changed.Sort(StringComparer.Ordinal);
        await audit.RecordAsync(AuditEntityTypes.Agreement, agreementId, WhatIfSteps.Migrated, new AuditChangeList()
            .Set("version", current.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Set("requests", string.Join(", ", changed))
            .ToList());
        return new MigrationResult(changed, skipped);
    }

    public async Task<WhatIfPreview> PreviewCalendarAsync(Viewer viewer, CalendarSettings draft)
    {
        var settings = await ValidCalendarAsync(draft);
        var preview = await PreviewAsync(WhatIfScenario.ForCalendar(DepartmentId, settings), clientSide: true, null);
        await audit.RecordAsync(AuditEntityTypes.Calendar, DepartmentId, WhatIfSteps.Previewed, Summary(preview, null, null));
        return preview;
    }

    public async Task<CalendarPublished> PublishCalendarAsync(Viewer viewer, CalendarPublication publication)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(publication);
        var settings = await ValidCalendarAsync(publication.Calendar);
        var calendar = GrainFactory.GetCalendar(DepartmentId);
        var previous = await calendar.GetAsync();
        var open = await OpenRequestsAsync(clientSide: true);
        if (!publication.Confirm)
        {
            var moved = (await ReadAsync(open, WhatIfScenario.ForCalendar(DepartmentId, settings))).Count(r => r.Applies && r.Changes);
            if (moved > 0)
            {
                throw new CatalogConflictException(
                    $"This calendar moves the due dates of {moved} open request(s) of '{DepartmentId}': preview it, then publish with confirm: true.",
                    ["confirm"]);
            }
        }

        var saved = await calendar.SetAsync(settings);
        var actor = Acting(viewer);
        var retimed = new List<string>();
        await ForEachAsync(open, async id =>
        {
            if (await GrainFactory.GetRequestWhatIf(id).ApplyCalendarAsync(actor, DepartmentId, previous))
            {
                lock (retimed)
                {
                    retimed.Add(id);
                }
            }
        });

        retimed.Sort(StringComparer.Ordinal);
        return new CalendarPublished(saved, retimed);
    }

    private async Task<WhatIfPreview> PreviewAsync(WhatIfScenario scenario, bool clientSide, Func<string, string, bool>? covers)
    {
        var now = clock.GetUtcNow();
        var from = now - Quarter;
        var open = await OpenRequestsAsync(clientSide, covers);
        var quarter = (await facts.ListAsync(new FactsQuery(DepartmentId, null, null, from, now))).Requests
            .Where(r => covers is null || covers(r.ServiceId, r.ClientDepartmentId))
            .Select(r => r.RequestId)
            .ToHashSet(StringComparer.Ordinal);
        var read = await ReadAsync(open.Union(quarter).ToArray(), scenario);
        var concerned = read.Where(r => r.Applies).ToArray();
        var openConcerned = concerned.Where(r => r.Open && open.Contains(r.RequestId)).ToArray();
        var replayed = concerned.Where(r => quarter.Contains(r.RequestId)).ToArray();
        return new WhatIfPreview(
            now,
            from,
            openConcerned.Length,
            [.. openConcerned.Where(r => r.Changes).OrderBy(r => r.RequestId, StringComparer.Ordinal)],
            replayed.Length,
            ComplianceTally.Of(replayed));
    }

    // Each request read under the scenario; requests gone from where the index or facts saw them are left out.
    private async Task<List<RequestWhatIf>> ReadAsync(IReadOnlyCollection<string> ids, WhatIfScenario scenario)
    {
        var read = new List<RequestWhatIf>(ids.Count);
        await ForEachAsync(ids, async id =>
        {
            try
            {
                var one = await GrainFactory.GetRequestWhatIf(id).WhatIfAsync(scenario);
                lock (read)
                {
                    read.Add(one);
                }
            }
            catch (CatalogNotFoundException)
            {
                // An index row ahead of its request (never stored): nothing to preview.
            }
        });

        return read;
    }

    private async Task<HashSet<string>> OpenRequestsAsync(bool clientSide, Func<string, string, bool>? covers = null)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in clientSide ? new[] { QueueRole.Provider, QueueRole.Client } : [QueueRole.Provider])
        {
            var page = await index.QueryAsync(new QueueQuery(role, DepartmentId, OpenStatuses, Limit: int.MaxValue));
            ids.UnionWith(page.Items
                .Where(s => role == QueueRole.Client || s.ProviderDepartmentId == DepartmentId)
                .Where(s => covers is null || covers(s.ServiceId, s.ClientDepartmentId))
                .Select(s => s.Id));
        }

        return ids;
    }

    // Which requests an agreement can have been applied to (its client and scope never change), so a preview reads
    // only those grains; each then says whether it runs under the agreement.
    private static Func<string, string, bool> Covers(Agreement agreement) => (serviceId, clientId) =>
        (agreement.ClientDepartmentId == AgreementDraft.AnyClient || agreement.ClientDepartmentId == clientId)
        && (agreement.Scope != AgreementScope.Service || agreement.ScopeValue == serviceId);

    private static async Task ForEachAsync(IEnumerable<string> ids, Func<string, Task> each)
    {
        foreach (var chunk in ids.Chunk(Parallelism))
        {
            await Task.WhenAll(chunk.Select(each));
        }
    }

    private async Task<Agreement> CurrentAsync(string agreementId)
    {
        var versions = await GrainFactory.GetAgreementBook(DepartmentId).GetVersionsAsync(agreementId);
        var current = versions[^1];
        return current.Retired
            ? throw new CatalogConflictException($"The agreement '{agreementId}' is retired: it no longer changes.", [])
            : current;
    }

    private async Task ValidateAsync(AgreementDraft? draft, Agreement current)
    {
        if (draft is null)
        {
            throw new CatalogValidationException("body", "An agreement draft is required.");
        }

        var departments = (await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync()).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        ServiceDetails? service = null;
        if (AgreementDraftValidator.ScopesOwnService(DepartmentId, draft))
        {
            try
            {
                service = await GrainFactory.GetService(draft.ScopeValue!).GetAsync();
            }
            catch (CatalogNotFoundException)
            {
                // Reported by the validator as an unknown service on scopeValue.
            }
        }

        AgreementDraftValidator.EnsureValid(DepartmentId, draft, departments, service, current);
    }

    private async Task<CalendarSettings> ValidCalendarAsync(CalendarSettings? draft)
    {
        // An unknown department is a 404 before anything about the draft.
        var zone = (await GrainFactory.GetCalendar(DepartmentId).GetAsync()).TimeZoneId;
        if (draft is null)
        {
            throw new CatalogValidationException("calendar", "A calendar is required.");
        }

        if (string.IsNullOrWhiteSpace(draft.TimeZoneId))
        {
            draft = draft with { TimeZoneId = zone };
        }

        // Validates (naming the fields) and builds the calendar the requests will read themselves in.
        CalendarSettingsValidator.EnsureValid(draft);
        calendars.Get(draft);
        return draft;
    }

    // The manager (or administrator) acting on the department's requests, as a manager of the department: the
    // requests check sides, and access to the change was checked already.
    private Viewer Acting(Viewer viewer) => new(viewer.UserId, DepartmentId, DepartmentRole.Manager);

    private static AuditChange[] Summary(WhatIfPreview preview, int? from, int? to) => new AuditChangeList()
        .Set("version", from is null ? null : $"{from} → {to}")
        .Set("openChanged", preview.Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Set("quarterRequests", preview.QuarterRequests.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .ToList();
}
