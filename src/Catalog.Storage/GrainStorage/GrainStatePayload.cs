using System.Globalization;
using Azure.Data.Tables;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Lays serialized state out over the binary properties <c>Data0..DataN</c> of an entity (a table property holds at
/// most 64 KiB) and reads it back, with <c>DataLength</c> recording the total so a torn record is detected.
/// An entity with <c>DataLength</c> 0 is a cleared state.
/// </summary>
internal static class GrainStatePayload
{
    /// <summary>The entity property holding the total number of payload bytes.</summary>
    public const string LengthProperty = "DataLength";

    /// <summary>The largest binary property Azure Table storage accepts: 64 KiB.</summary>
    public const int ChunkSize = 64 * 1024;

    /// <summary>
    /// The largest serialized state stored: 700 KiB (716,800 bytes, 11 properties). An entity is sent as JSON with
    /// binary properties in base64, and Azure (1 MiB per entity) and Azurite (1 MiB request body) refuse more;
    /// measured against Azurite 3.37, payloads up to 785,966 bytes round-trip with short keys and 767,534 with a
    /// 4,096-character non-ASCII identity. 700 KiB keeps ~90 KB of body for keys, identity and property names
    /// even at their longest.
    /// </summary>
    public const int MaxBytes = 700 * 1024;

    private const string DataPropertyPrefix = "Data";

    /// <summary>Stores <paramref name="payload"/> in <paramref name="entity"/>; the caller has checked <see cref="MaxBytes"/>.</summary>
    public static void Write(TableEntity entity, ReadOnlyMemory<byte> payload)
    {
        if (payload.Length > MaxBytes)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), payload.Length, $"A payload holds at most {MaxBytes} bytes.");
        }

        entity[LengthProperty] = payload.Length;
        for (int offset = 0, index = 0; offset < payload.Length; offset += ChunkSize, index++)
        {
            entity[PropertyName(index)] = payload.Slice(offset, Math.Min(ChunkSize, payload.Length - offset)).ToArray();
        }
    }

    /// <summary>Marks <paramref name="entity"/> as a cleared state: no data, length 0.</summary>
    public static void WriteCleared(TableEntity entity) => entity[LengthProperty] = 0;

    /// <summary>
    /// The payload stored in <paramref name="entity"/>, or <c>null</c> for a cleared state. Throws
    /// <see cref="InvalidDataException"/> when the chunks do not add up to the recorded length.
    /// </summary>
    public static BinaryData? Read(TableEntity entity)
    {
        var length = entity.GetInt32(LengthProperty)
            ?? throw new InvalidDataException($"The entity has no {LengthProperty} property.");
        if (length == 0)
        {
            return null;
        }

        var buffer = new byte[length];
        var offset = 0;
        for (var index = 0; offset < length; index++)
        {
            var chunk = entity.GetBinary(PropertyName(index));
            if (chunk is null || chunk.Length == 0 || offset + chunk.Length > length)
            {
                throw new InvalidDataException(
                    $"The entity records {length} bytes but its property {PropertyName(index)} does not continue them.");
            }

            chunk.CopyTo(buffer, offset);
            offset += chunk.Length;
        }

        return BinaryData.FromBytes(buffer);
    }

    private static string PropertyName(int index) => DataPropertyPrefix + index.ToString(CultureInfo.InvariantCulture);
}
