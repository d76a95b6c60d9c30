using Catalog.Storage.Requests;

namespace Catalog.Storage.Tests.RequestStore;

/// <summary>A state for the request store's tests: text, bytes and the filing key the store records.</summary>
[GenerateSerializer, Alias("catalog.storage.tests.KeyedState")]
public sealed class KeyedState : IFilingKeyed
{
    [Id(0)]
    public string Text { get; set; } = "";

    [Id(1)]
    public byte[] Blob { get; set; } = [];

    [Id(2)]
    public string? FilingKey { get; set; }
}

/// <summary>What a grain's persistent state holds between storage calls.</summary>
public sealed class KeyedGrainState : IGrainState<KeyedState>
{
    [System.Diagnostics.CodeAnalysis.AllowNull]
    public KeyedState State { get; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = new();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}
