using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Sla;

/// <summary>
/// A department's business calendar. Until one is set, the default calendar in the department's time zone (from
/// the catalogue index). Setting one validates it, stores it normalized (hours sorted, holidays sorted without
/// repeats) and warms the silo's <see cref="BusinessCalendarCache"/> with it. A calendar left without a time zone
/// takes the department's. Every calendar set is recorded in the audit trail, with what changed; the entry is stored
/// with the calendar (<see cref="AuditOutbox"/>), then in the trail.
/// </summary>
[GrainType(SlaGrainTypes.Calendar)]
public sealed class CalendarGrain(
    [PersistentState(SlaGrainTypes.CalendarState, StorageNames.Catalog)] IPersistentState<CalendarState> state,
    BusinessCalendarCache calendars,
    IAuditRecorder audit,
    ILogger<CalendarGrain> logger) : Grain, ICalendarGrain
{
    // A department's time zone never changes: looked up once per activation.
    private string? departmentZone;
    private AuditOutbox? outbox;

    private string DepartmentId => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task<CalendarSettings> GetAsync() =>
        state.State.Settings ?? CalendarSettingsMapping.Default(await DepartmentZoneAsync());

    public async Task<CalendarSettings> SetAsync(CalendarSettings settings)
    {
        var zone = await DepartmentZoneAsync();
        if (settings is null)
        {
            throw new CatalogValidationException("body", "A calendar is required.");
        }

        if (string.IsNullOrWhiteSpace(settings.TimeZoneId))
        {
            settings = settings with { TimeZoneId = zone };
        }

        // Validates (CatalogValidationException naming the fields) and builds the calendar running clocks will use.
        calendars.Get(settings);
        var before = state.State.Settings ?? CalendarSettingsMapping.Default(zone);
        state.State.Settings = CalendarSettingsMapping.Normalize(settings);
        Outbox.Add(AuditEntityTypes.Calendar, DepartmentId, AuditActions.Updated, CalendarChanges.Between(before, state.State.Settings));
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        await Outbox.StoreAsync();
        return state.State.Settings;
    }

    /// <summary>The department's time zone; throws <see cref="CatalogNotFoundException"/> for an unknown department.</summary>
    private async Task<string> DepartmentZoneAsync()
    {
        if (departmentZone is null)
        {
            var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
            departmentZone = departments.FirstOrDefault(d => d.Id == DepartmentId)?.TimeZone
                ?? throw new CatalogNotFoundException("department", DepartmentId);
        }

        return departmentZone;
    }
}
