using System.Diagnostics;
using System.Diagnostics.Metrics;
using Catalog.Requests;

namespace Catalog.Telemetry;

/// <summary>
/// Catalog's own instruments, on the meter <see cref="MeterName"/>. Static, like Orleans' own meter, so grains,
/// table code and the grain test cluster use them without registering anything: with no meter provider listening
/// (no <c>Telemetry:OtlpEndpoint</c>) a measurement is a null check. Compiled into the silo's and the web tier's
/// assemblies alike (shared source: the web tier never references the grains); each process records its own.
/// </summary>
internal static class CatalogMetrics
{
    /// <summary>The meter's name, as a meter provider subscribes to it.</summary>
    public const string MeterName = "Catalog";

    /// <summary>Instrument names, as dashboards and alerts query them.</summary>
    public const string RequestsFiledName = "catalog.requests.filed";

    /// <inheritdoc cref="RequestsFiledName" />
    public const string SlaBreachesName = "catalog.sla.breaches";

    /// <inheritdoc cref="RequestsFiledName" />
    public const string LiveConnectionsName = "catalog.live.connections";

    /// <inheritdoc cref="RequestsFiledName" />
    public const string StorageDurationName = "catalog.storage.duration";

    private const string ProviderTag = "catalog.provider_department";
    private const string ClientTag = "catalog.client_department";
    private const string ClockTag = "catalog.clock";
    private const string TableTag = "catalog.table";
    private const string OperationTag = "catalog.operation";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> RequestsFiled = Meter.CreateCounter<long>(
        RequestsFiledName, "{request}", "Requests filed, per provider and client department.");

    private static readonly Counter<long> SlaBreaches = Meter.CreateCounter<long>(
        SlaBreachesName, "{breach}", "Clocks that passed their target, per clock and department pair.");

    private static readonly UpDownCounter<long> LiveConnections = Meter.CreateUpDownCounter<long>(
        LiveConnectionsName, "{connection}", "Live (SignalR) connections open on this web process.");

    private static readonly Histogram<double> StorageDuration = Meter.CreateHistogram<double>(
        StorageDurationName, "ms", "How long Catalog's own table calls (request index, audit trail) took to answer.");

    /// <summary>Counts a request filed (once per filing key: a replayed filing is not counted again).</summary>
    public static void RequestFiled(string providerDepartmentId, string clientDepartmentId) =>
        RequestsFiled.Add(1, new(ProviderTag, providerDepartmentId), new(ClientTag, clientDepartmentId));

    /// <summary>Counts an SLA outcome a request grain has just stored; only breaches have an instrument.</summary>
    public static void SlaOutcomeStored(string providerDepartmentId, SlaOutcome outcome)
    {
        if (outcome.Kind == SlaOutcomeKind.Breached && SlaBreaches.Enabled)
        {
            SlaBreaches.Add(
                1,
                new(ClockTag, outcome.Clock?.ToString()),
                new(ProviderTag, providerDepartmentId),
                new(ClientTag, outcome.ClientDepartmentId));
        }
    }

    /// <summary>A live connection opened on this process.</summary>
    public static void LiveConnectionOpened() => LiveConnections.Add(1);

    /// <summary>A live connection closed.</summary>
    public static void LiveConnectionClosed() => LiveConnections.Add(-1);

    /// <summary>
    /// Records a table call that answered, started at <paramref name="startedAt"/> (<see cref="Stopwatch.GetTimestamp"/>);
    /// a call that failed shows as an error on its trace span instead.
    /// </summary>
    public static void StorageCall(string table, string operation, long startedAt)
    {
        if (StorageDuration.Enabled)
        {
            StorageDuration.Record(
                Stopwatch.GetElapsedTime(startedAt).TotalMilliseconds, new(TableTag, table), new(OperationTag, operation));
        }
    }
}
