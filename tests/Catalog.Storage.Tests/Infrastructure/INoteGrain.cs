namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>A grain that keeps one note in our Azure Table storage, for the silo restart test.</summary>
public interface INoteGrain : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="text"/> and writes the state.</summary>
    Task SetAsync(string text);

    /// <summary>The stored note, or <c>null</c> when none was written.</summary>
    Task<string?> GetAsync();
}
