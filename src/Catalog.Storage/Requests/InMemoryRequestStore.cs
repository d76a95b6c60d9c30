using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Catalog.Storage.Requests;

/// <summary>
/// The request store in memory (lost with the silo), for grain tests and benchmarks: the same contract as
/// <see cref="AzureTableRequestStore"/> (ETags, a filing key stored with the first write or the write refused),
/// states kept as Orleans-serialized bytes so a test reads back what a table would hold.
/// </summary>
public sealed class InMemoryRequestStore(Serializer serializer, IActivatorProvider activators) : IGrainStorage, IRequestFilingKeys
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (byte[] Payload, long Version)> states = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Partition, string Key), string> keys = [];
    private long versions;

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = grainId.Key.ToString()!;
        (byte[] Payload, long Version) stored;
        bool found;
        lock (gate)
        {
            found = states.TryGetValue(id, out stored);
        }

        grainState.State = found ? serializer.Deserialize<T>(stored.Payload) : activators.GetActivator<T>().Create();
        grainState.ETag = found ? stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        grainState.RecordExists = found;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var id = grainId.Key.ToString()!;
        var payload = serializer.SerializeToArray(grainState.State);
        lock (gate)
        {
            var exists = states.TryGetValue(id, out var stored);
            var current = exists ? stored.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            if (current != grainState.ETag)
            {
                throw new InconsistentStateException($"Request {id} was not stored: its stored version is not the one this activation read.", current ?? "none", grainState.ETag ?? "none");
            }

            if (!exists && grainState.State is IFilingKeyed { FilingKey: { } filingKey })
            {
                var key = (RequestStoreKeys.PartitionOf(id), filingKey);
                if (!keys.TryAdd(key, id))
                {
                    throw new InconsistentStateException($"Request {id} was not stored: its filing key filed another request first.", "none", "none");
                }
            }

            var version = ++versions;
            states[id] = (payload, version);
            grainState.ETag = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (gate)
        {
            states.Remove(grainId.Key.ToString()!);
        }

        grainState.State = activators.GetActivator<T>().Create();
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<string?> FindAsync(string requestIdOfProvider, string filingKey, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return Task.FromResult(keys.TryGetValue((RequestStoreKeys.PartitionOf(requestIdOfProvider), filingKey), out var id) ? id : null);
        }
    }
}
