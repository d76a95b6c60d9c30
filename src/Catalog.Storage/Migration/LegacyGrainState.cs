using System.Globalization;
using Azure.Data.Tables;
using Catalog.Storage.Tables;

namespace Catalog.Storage.Migration;

/// <summary>
/// One state as Catalog's earlier grain storage (before the official Orleans provider) kept it: the property
/// <c>Identity</c> held <c>Escape(serviceId)|Escape(grainId)|Escape(stateName)</c> (<see cref="TableKeyEncoding"/>),
/// <c>DataLength</c> the payload's size (0 for a cleared state) and <c>Data0..DataN</c> the payload in 64 KiB parts.
/// </summary>
internal sealed record LegacyGrainState(string ServiceId, string GrainType, string GrainKey, string StateName, byte[]? Payload)
{
    /// <summary>The property only records of the earlier storage have; a query on it finds them all.</summary>
    public const string LengthProperty = "DataLength";

    private const string IdentityProperty = "Identity";

    /// <summary>Reads <paramref name="entity"/>; throws <see cref="InvalidDataException"/> when it is not a whole legacy record.</summary>
    public static LegacyGrainState Read(TableEntity entity)
    {
        var identity = entity.GetString(IdentityProperty)
            ?? throw new InvalidDataException($"The record ({entity.PartitionKey}, {entity.RowKey}) has no {IdentityProperty}.");
        var parts = identity.Split(TableKeyEncoding.Separator);
        if (parts.Length != 3)
        {
            throw new InvalidDataException($"The record ({entity.PartitionKey}, {entity.RowKey}) has a malformed {IdentityProperty}.");
        }

        var grainId = TableKeyEncoding.Unescape(parts[1]);
        var slash = grainId.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new InvalidDataException($"The record ({entity.PartitionKey}, {entity.RowKey}) names no grain type.");
        }

        return new LegacyGrainState(
            TableKeyEncoding.Unescape(parts[0]), grainId[..slash], grainId[(slash + 1)..], TableKeyEncoding.Unescape(parts[2]), ReadPayload(entity));
    }

    private static byte[]? ReadPayload(TableEntity entity)
    {
        var length = entity.GetInt32(LengthProperty) ?? 0;
        if (length == 0)
        {
            return null;
        }

        var buffer = new byte[length];
        var offset = 0;
        for (var index = 0; offset < length; index++)
        {
            var chunk = entity.GetBinary("Data" + index.ToString(CultureInfo.InvariantCulture));
            if (chunk is null || chunk.Length == 0 || offset + chunk.Length > length)
            {
                throw new InvalidDataException(
                    $"The record ({entity.PartitionKey}, {entity.RowKey}) records {length} bytes but its parts do not add up.");
            }

            chunk.CopyTo(buffer, offset);
            offset += chunk.Length;
        }

        return buffer;
    }
}
