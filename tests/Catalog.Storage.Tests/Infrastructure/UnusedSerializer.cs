using Orleans.Storage;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>A serializer for options that are only validated, never used to store anything.</summary>
public sealed class UnusedSerializer : IGrainStorageSerializer
{
    /// <inheritdoc />
    public BinaryData Serialize<T>(T? input) => throw new NotSupportedException("Only for validation tests.");

    /// <inheritdoc />
    public T Deserialize<T>(BinaryData input) => throw new NotSupportedException("Only for validation tests.");
}
