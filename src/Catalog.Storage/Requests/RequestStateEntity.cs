using System.Globalization;
using Azure.Data.Tables;

namespace Catalog.Storage.Requests;

/// <summary>
/// How the request store lays a state out in its row: the Orleans-serialized bytes in binary properties
/// <c>Data0</c>, <c>Data1</c>… of at most 64 KiB each (Azure's limit per property), their total in <c>Length</c>.
/// An entity holds at most 1 MiB, so a state may take <see cref="MaxChunks"/> parts (960 KiB); a bigger one is
/// refused before it is sent, naming the request. The official provider splits the same way ("Data", "Data1"…),
/// which <see cref="ReadOfficialPayload"/> reads for the migration.
/// </summary>
public static class RequestStateEntity
{
    /// <summary>The most bytes in one binary property.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>The most parts of one state, keeping the entity under 1 MiB with its keys.</summary>
    public const int MaxChunks = 15;

    /// <summary>The property holding the payload's length.</summary>
    public const string LengthProperty = "Length";

    /// <summary>The property of filing-key rows naming their request.</summary>
    public const string RequestIdProperty = "RequestId";

    private const string DataPrefix = "Data";

    /// <summary>The row holding <paramref name="payload"/> for request <paramref name="requestId"/>.</summary>
    public static TableEntity Create(string requestId, ReadOnlySpan<byte> payload)
    {
        if (payload.Length > ChunkSize * MaxChunks)
        {
            throw new InvalidOperationException(
                $"The state of request {requestId} is {payload.Length:N0} bytes: more than the {ChunkSize * MaxChunks:N0} a table row holds.");
        }

        var entity = new TableEntity(RequestStoreKeys.PartitionOf(requestId), RequestStoreKeys.RowOf(requestId))
        {
            [LengthProperty] = payload.Length,
        };
        for (int offset = 0, index = 0; offset < payload.Length; offset += ChunkSize, index++)
        {
            entity[DataPrefix + index.ToString(CultureInfo.InvariantCulture)] = payload.Slice(offset, Math.Min(ChunkSize, payload.Length - offset)).ToArray();
        }

        return entity;
    }

    /// <summary>The row recording that <paramref name="filingKey"/> filed <paramref name="requestId"/>.</summary>
    public static TableEntity CreateKey(string requestId, string filingKey) =>
        new(RequestStoreKeys.PartitionOf(requestId), RequestStoreKeys.KeyRowOf(filingKey)) { [RequestIdProperty] = requestId };

    /// <summary>The payload of a row <see cref="Create"/> made; throws <see cref="InvalidDataException"/> when its parts do not add up.</summary>
    public static byte[] ReadPayload(TableEntity entity)
    {
        var length = entity.GetInt32(LengthProperty) ?? throw new InvalidDataException($"The row ({entity.PartitionKey}, {entity.RowKey}) has no {LengthProperty}.");
        var payload = new byte[length];
        var offset = 0;
        for (var index = 0; offset < length; index++)
        {
            var chunk = entity.GetBinary(DataPrefix + index.ToString(CultureInfo.InvariantCulture));
            if (chunk is null || chunk.Length == 0 || offset + chunk.Length > length)
            {
                throw new InvalidDataException($"The row ({entity.PartitionKey}, {entity.RowKey}) records {length} bytes but its parts do not add up.");
            }

            chunk.CopyTo(payload, offset);
            offset += chunk.Length;
        }

        return payload;
    }

    /// <summary>The payload of a state the official Orleans provider stored in binary ("Data", "Data1"…), or null when it holds none.</summary>
    public static byte[]? ReadOfficialPayload(TableEntity entity)
    {
        var parts = new List<byte[]>();
        for (var index = 0; ; index++)
        {
            var name = index == 0 ? DataPrefix : DataPrefix + index.ToString(CultureInfo.InvariantCulture);
            if (entity.GetBinary(name) is not { } part)
            {
                break;
            }

            parts.Add(part);
        }

        return parts.Count == 0 ? null : [.. parts.SelectMany(p => p)];
    }
}
