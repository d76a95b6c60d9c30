namespace Catalog.Domain.Catalogue;

/// <summary>Checks time zone ids: each provider department measures its business hours in its own zone.</summary>
public static class TimeZones
{
    /// <summary>True for an IANA id the system knows, e.g. "America/Toronto" (Windows ids are refused).</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
        && zone.HasIanaId;
}
