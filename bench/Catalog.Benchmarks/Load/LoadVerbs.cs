namespace Catalog.Benchmarks.Load;

/// <summary>The provider's steps of a request's life the load takes, in order (POST /api/requests/{id}/{verb}).</summary>
public static class LoadVerbs
{
    /// <summary>Acknowledge, start, resolve.</summary>
    public static readonly string[] Work = ["acknowledge", "start", "resolve"];
}
