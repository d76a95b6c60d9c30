namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Where the official Azure Table provider keeps a grain's state, to inspect the table directly.</summary>
public static class OfficialKeys
{
    /// <summary>The partition of every state of <paramref name="grainId"/> in service <paramref name="serviceId"/>.</summary>
    public static string Partition(string serviceId, GrainId grainId) => Sanitize($"{serviceId}_{grainId}");

    /// <summary>The row of state <paramref name="stateName"/>.</summary>
    public static string Row(string stateName) => Sanitize(stateName);

    private static string Sanitize(string key) =>
        key.Replace('/', '_').Replace('\\', '_').Replace('#', '_').Replace('?', '_');
}
