using Catalog.Catalogue;
using Catalog.Requests;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// Starts every department's SLA monitor: when the silo starts, and when another silo of the
/// cluster dies (<see cref="SlaMonitorFailover"/>), so deadlines of requests nobody touches still fire. A monitor
/// that cannot start now is logged and skipped, not a reason to stop the silo: it starts anyway with its
/// department's next tracked request, or its reminder.
/// </summary>
internal sealed partial class SlaMonitorStarter(IGrainFactory grains, ILogger<SlaMonitorStarter> logger)
{
    /// <summary>Makes sure every department's monitor runs somewhere in the cluster.</summary>
    public async Task StartAllAsync()
    {
        IReadOnlyList<Department> departments;
        try
        {
            departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();
        }
        catch (Exception exception)
        {
            LogListFailed(logger, exception);
            return;
        }

        var started = await Task.WhenAll(departments.Select(d => StartAsync(d.Id)));
        LogStarted(logger, started.Count(s => s), departments.Count);
    }

    private async Task<bool> StartAsync(string departmentId)
    {
        try
        {
            await grains.GetSlaMonitor(departmentId).StartAsync();
            return true;
        }
        catch (Exception exception)
        {
            LogStartFailed(logger, exception, departmentId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started {Started} of {Departments} SLA monitors")]
    private static partial void LogStarted(ILogger logger, int started, int departments);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Could not list the departments to start their SLA monitors; each starts with its department's next request")]
    private static partial void LogListFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The SLA monitor of department {DepartmentId} did not start; it starts with the department's next request")]
    private static partial void LogStartFailed(ILogger logger, Exception exception, string departmentId);
}
