using Catalog.Storage.Tables;

namespace Catalog.Storage.Requests;

/// <summary>
/// Settings of the request store (<see cref="AzureTableRequestStore"/>). Set exactly one of
/// <see cref="AzureTableConnectionOptions.ConnectionString"/> and <see cref="AzureTableConnectionOptions.TableServiceClient"/>.
/// </summary>
public sealed class RequestStoreOptions : AzureTableConnectionOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>RequestStates</c>.</summary>
    public const string DefaultTableName = "RequestStates";

    /// <summary>The table of request states and filing keys; created on silo start when missing.</summary>
    public override string TableName { get; set; } = DefaultTableName;

    /// <summary>
    /// The official Orleans provider's grain state table that held request states before this store, copied once
    /// at start-up (<see cref="RequestStateMigration"/>); null when there is nothing to copy.
    /// </summary>
    public string? OfficialTableName { get; set; }

    /// <summary>The state name request grains used under the official provider (the row key of their rows).</summary>
    public string OfficialStateName { get; set; } = "request";

    /// <summary>The grain type of request grains (part of the official provider's partition keys).</summary>
    public string GrainType { get; set; } = "catalog.request";

    /// <summary>The grain type of the intake of earlier versions, whose rows named the request each filing key filed.</summary>
    public string IntakeGrainType { get; set; } = "catalog.request-intake";

    /// <summary>The state name of those intake rows.</summary>
    public string IntakeStateName { get; set; } = "request-intake";

    /// <summary>
    /// Reads the request id an intake row of an earlier version holds (its Orleans-serialized state), so the copy turns
    /// it into the filing key's row and a retry of a filing sent before the upgrade answers its request; null to
    /// leave intake rows alone.
    /// </summary>
    public Func<Orleans.Serialization.Serializer, byte[], string?>? ReadIntakeRequestId { get; set; }
}
