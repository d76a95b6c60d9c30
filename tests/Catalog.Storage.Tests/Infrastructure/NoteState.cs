namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>The persisted state of <see cref="NoteGrain"/>.</summary>
[GenerateSerializer, Alias("catalog.storage.tests.NoteState")]
public sealed class NoteState
{
    /// <summary>The note.</summary>
    [Id(0)]
    public string? Text { get; set; }
}
