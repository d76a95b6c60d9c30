using Catalog.Catalogue;
using Catalog.Domain.Scorecards;

namespace Catalog.Web.Scorecards;

/// <summary>
/// A published scorecard: which subject (a service, a provider department, or a provider → client pair), the
/// period in the provider's zone, and the figures. Figures only: no request, title or person is named.
/// </summary>
/// <param name="Subject"><c>service</c>, <c>provider</c> or <c>pair</c>.</param>
public sealed record ScorecardView(
    string Subject,
    string ProviderDepartmentId,
    string? ClientDepartmentId,
    string? ServiceId,
    LocalizedText? ServiceName,
    DateOnly From,
    DateOnly To,
    string TimeZone,
    DateTimeOffset AsOf,
    ScorecardFigures Figures);
