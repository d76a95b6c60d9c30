using Catalog.Scorecards;

namespace Catalog.Grains.Scorecards;

/// <summary>Which facts a <see cref="FactsQuery"/> selects: the one rule both stores apply.</summary>
internal static class FactsMatching
{
    public static bool Matches(FactsQuery query, string provider, string service, string client, DateTimeOffset at) =>
        (query.ProviderDepartmentId is null || string.Equals(query.ProviderDepartmentId, provider, StringComparison.Ordinal))
        && (query.ServiceId is null || string.Equals(query.ServiceId, service, StringComparison.Ordinal))
        && (query.ClientDepartmentId is null || string.Equals(query.ClientDepartmentId, client, StringComparison.Ordinal))
        && at >= query.From && at < query.To;
}
