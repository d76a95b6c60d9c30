namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>A grain state for the storage tests, serialized by the silo's default grain storage serializer.</summary>
[GenerateSerializer, Alias("catalog.storage.tests.TestState")]
public sealed class TestState
{
    /// <summary>Free text; its length sets the serialized size in the large-state tests.</summary>
    [Id(0)]
    public string Text { get; set; } = "";

    /// <summary>A number, to tell versions apart.</summary>
    [Id(1)]
    public int Version { get; set; }

    /// <summary>Incompressible bytes for the large-state tests.</summary>
    [Id(2)]
    public byte[] Blob { get; set; } = [];
}
