using System.Globalization;
using Azure.Data.Tables;

namespace Catalog.Storage.Migration;

/// <summary>
/// A state laid out as the official Orleans Azure Table provider (10.x) reads it with a binary serializer:
/// PartitionKey <c>{serviceId}_{grainType}/{key}</c> and RowKey the state name, both with <c>/ \ # ?</c> turned into
/// <c>_</c>; the payload in the binary properties <c>Data</c>, <c>Data1</c>… of 64 KiB each. A storage test reads
/// entities made here through the provider itself, so a change of its layout is caught.
/// </summary>
internal static class OfficialGrainStateEntity
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The entity holding <paramref name="payload"/> for state <paramref name="stateName"/> of the grain.</summary>
    public static TableEntity Create(string serviceId, string grainType, string grainKey, string stateName, byte[] payload)
    {
        var entity = new TableEntity(Sanitize($"{serviceId}_{grainType}/{grainKey}"), Sanitize(stateName));
        for (int offset = 0, index = 0; offset < payload.Length; offset += ChunkSize, index++)
        {
            var name = index == 0 ? "Data" : "Data" + index.ToString(CultureInfo.InvariantCulture);
            entity[name] = payload.AsSpan(offset, Math.Min(ChunkSize, payload.Length - offset)).ToArray();
        }

        return entity;
    }

    private static string Sanitize(string key) =>
        key.Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');
}
