namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Grain ids for tests that call the storage directly.</summary>
public static class GrainIds
{
    /// <summary>The grain type used by the direct storage tests.</summary>
    public const string Type = "storagetest";

    /// <summary>A grain id with <paramref name="key"/>, or a new unique key.</summary>
    public static GrainId New(string? key = null) => GrainId.Create(Type, key ?? Guid.NewGuid().ToString("N"));
}
