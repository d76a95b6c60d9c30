namespace Catalog.Requests;

/// <summary>Hands out a provider department's request numbers, never twice (key = provider department id).</summary>
public interface IRequestNumberGrain : IGrainWithStringKey
{
    /// <summary>The next number (1, 2, …).</summary>
    Task<long> NextAsync();
}
