namespace Catalog.Grains.Tests.Requests;

/// <summary>A provider department, a client department and the provider's test service.</summary>
internal sealed record RequestParties(string Provider, string Client, string ServiceId)
{
    /// <summary>The prefix of the provider's request ids ("T1A2B…").</summary>
    public string Prefix => Provider.ToUpperInvariant();
}
