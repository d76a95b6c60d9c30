using Azure.Data.Tables;
using Orleans.Runtime;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Where one state of one grain lives in the table.
/// <list type="bullet">
/// <item>PartitionKey: <c>Escape(serviceId) | Escape(grainId)</c>, so all states of a grain share a partition and
/// grains spread over many partitions; different services sharing a table never meet.</item>
/// <item>RowKey: <c>Escape(stateName)</c>, so the states of one grain are independent rows.</item>
/// <item>Each key goes through <see cref="TableKeyEncoding.Fit"/>, which hashes over-long keys; the entity therefore
/// also stores <see cref="Identity"/>, the three escaped parts unhashed, and every read compares it, so two grains
/// whose hashed keys collide are reported, never mixed up.</item>
/// </list>
/// </summary>
internal sealed record GrainStateKey(string PartitionKey, string RowKey, string Identity)
{
    /// <summary>The entity property holding <see cref="Identity"/>.</summary>
    public const string IdentityProperty = "Identity";

    /// <summary>
    /// The longest <see cref="Identity"/> stored, in UTF-16 code units: it is a string property (64 KiB at most) and
    /// counts toward the entity's 1 MiB, so it is bounded to keep the room reserved for it in the payload limit.
    /// </summary>
    public const int MaxIdentityLength = 8 * 1024;

    /// <summary>Builds the key of state <paramref name="stateName"/> of <paramref name="grainId"/> in service <paramref name="serviceId"/>.</summary>
    public static GrainStateKey For(string serviceId, GrainId grainId, string stateName)
    {
        ArgumentNullException.ThrowIfNull(serviceId);
        ArgumentNullException.ThrowIfNull(stateName);
        var partition = TableKeyEncoding.Escape(serviceId) + TableKeyEncoding.Separator + TableKeyEncoding.Escape(grainId.ToString());
        var row = TableKeyEncoding.Escape(stateName);
        return new GrainStateKey(
            TableKeyEncoding.Fit(partition),
            TableKeyEncoding.Fit(row),
            partition + TableKeyEncoding.Separator + row);
    }

    /// <summary>True when <paramref name="entity"/> was written for this key, not for another whose hash matches.</summary>
    public bool Matches(TableEntity entity) =>
        string.Equals(entity.GetString(IdentityProperty), Identity, StringComparison.Ordinal);

    /// <summary>A new entity at this key, carrying <see cref="Identity"/>.</summary>
    public TableEntity CreateEntity() => new(PartitionKey, RowKey) { [IdentityProperty] = Identity };
}
