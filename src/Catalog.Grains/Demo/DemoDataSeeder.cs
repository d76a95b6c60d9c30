using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Hosting;
using Catalog.Grains.Sla;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Demo;

/// <summary>
/// Gives an empty store the demo organisation (departments, services, agreements, people and roles, and optionally
/// requests under way) on silo start, through the grains (so the same validation applies),
/// when <see cref="CatalogGrainsOptions.SeedDemoData"/> is on. Idempotent: it only adds what is missing, and only
/// while the catalogue holds nothing but demo data, so a second start adds nothing, a start after a partial seed
/// completes it, and a real organisation's catalogue is never touched.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IGrainFactory grains,
    IOptions<CatalogGrainsOptions> options,
    ILogger<DemoDataSeeder> logger,
    CatalogClock? clock = null,
    BusinessCalendarCache? calendarCache = null) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoData)
        {
            return;
        }

        try
        {
            await SeedAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Demo data is never worth a silo: in a cluster started at once, another silo may be seeding the same
            // entries; what is missing is added by the next start.
            LogSeedFailed(logger, exception);
        }
    }

    /// <summary>
    /// Adds the missing demo departments and services, and the demo people when the directory is empty; returns how
    /// many departments and services it added.
    /// </summary>
    public async Task<(int Departments, int Services)> SeedAsync(CancellationToken cancellationToken)
    {
        var index = grains.GetCatalogueIndex();
        var departments = (await index.ListDepartmentsAsync()).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var services = (await index.SearchAsync(new CatalogueQuery(IncludeRetired: true, ViewerSeesAll: true))).Items
            .Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        if (!HoldsOnlyDemoData(departments, services))
        {
            LogNotEmpty(logger, departments.Count, services.Count);
            return (0, 0);
        }

        var addedDepartments = 0;
        foreach (var department in DemoCatalogue.Departments.Where(d => !departments.Contains(d.Id)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await index.AddDepartmentAsync(department);
            addedDepartments++;
        }

        var addedServices = 0;
        foreach (var service in DemoCatalogue.Services.Where(s => !services.Contains(s.Id!)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryCreateAsync(service))
            {
                addedServices++;
            }
        }

        await DemoAgreements.SeedAsync(grains, cancellationToken);
        var people = await DemoDirectory.SeedAsync(grains, cancellationToken);
        LogPeopleSeeded(logger, people);
        if (people > 0)
        {
            await DemoLanguages.SeedAsync(grains, cancellationToken);
        }

        await DemoMessages.SeedAsync(grains, cancellationToken);
        await Complaints.ComplaintsDemo.SeedAsync(grains, cancellationToken);
        if (options.Value.SeedDemoRequests)
        {
            var requests = await DemoRequests.SeedAsync(grains, cancellationToken);
            LogRequestsSeeded(logger, requests);
            if (options.Value.SeedDemoHistory)
            {
                await SeedHistoryAsync(cancellationToken);
            }
        }

        LogSeeded(logger, addedDepartments, addedServices);
        return (addedDepartments, addedServices);
    }

    /// <summary>Replays the demo's past weeks (<see cref="DemoHistory"/>); returns what it did.</summary>
    public async Task<HistorySeedResult> SeedHistoryAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await new DemoHistorySeeder(grains, clock ?? CatalogClock.System, calendarCache ?? new BusinessCalendarCache(), logger)
            .SeedAsync(cancellationToken);
        LogHistorySeeded(
            logger, result.Requests, result.Steps, result.Surveys, result.Complaints, result.Failed,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    private static bool HoldsOnlyDemoData(IReadOnlySet<string> departments, IReadOnlySet<string> services) =>
        departments.All(id => DemoCatalogue.Departments.Any(d => d.Id == id))
        && services.All(id => DemoCatalogue.Services.Any(s => s.Id == id));

    private async Task<bool> TryCreateAsync(ServiceDraft service)
    {
        try
        {
            await grains.GetService(service.Id!).CreateAsync(service);
            return true;
        }
        catch (CatalogConflictException)
        {
            // Stored by an earlier, interrupted seed but missing from the index: the grain re-published it.
            LogAlreadyStored(logger, service.Id!);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data: seeding stopped part-way (another silo seeding at the same time?); the next start completes it")]
    private static partial void LogSeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {People} people to the directory")]
    private static partial void LogPeopleSeeded(ILogger logger, int people);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: filed {Requests} demo requests")]
    private static partial void LogRequestsSeeded(ILogger logger, int requests);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: history of {Requests} requests replayed ({Steps} new steps, {Surveys} answered surveys, {Complaints} complaints, {Failed} left part-way) in {Seconds:0.0} s")]
    private static partial void LogHistorySeeded(ILogger logger, int requests, int steps, int surveys, int complaints, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: the catalogue holds {Departments} departments and {Services} services that are not the demo's; seeding nothing")]
    private static partial void LogNotEmpty(ILogger logger, int departments, int services);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: added {Departments} departments and {Services} services")]
    private static partial void LogSeeded(ILogger logger, int departments, int services);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: service {ServiceId} was already stored")]
    private static partial void LogAlreadyStored(ILogger logger, string serviceId);
}
