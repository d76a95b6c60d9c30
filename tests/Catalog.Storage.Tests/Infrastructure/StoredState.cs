using System.Diagnostics.CodeAnalysis;

namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>What a grain's persistent state holds between storage calls, as the tests hand it to the storage.</summary>
public sealed class StoredState : IGrainState<TestState>
{
    /// <inheritdoc />
    [AllowNull]
    public TestState State
    {
        get;

        // The storage contract never sets null; failing loudly here beats a NullReferenceException in an assertion.
        set => field = value ?? throw new ArgumentNullException(nameof(value), "The storage set the state to null.");
    } = new();

    /// <inheritdoc />
    public string? ETag { get; set; }

    /// <inheritdoc />
    public bool RecordExists { get; set; }
}
