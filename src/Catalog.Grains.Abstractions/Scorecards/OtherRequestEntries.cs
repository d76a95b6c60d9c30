namespace Catalog.Scorecards;

/// <summary>
/// Each department's "Other request" catalogue entry, where a client asks for what the catalogue does not offer in
/// free text. It is recognised by its reserved id, <c>{department}.other-request</c>, so the annual review can
/// gather those texts without a flag on every entry.
/// </summary>
public static class OtherRequestEntries
{
    /// <summary>The reserved suffix of the entry's id.</summary>
    public const string Suffix = ".other-request";

    /// <summary>The "Other request" entry of <paramref name="departmentId"/>.</summary>
    public static string IdFor(string departmentId) => departmentId + Suffix;

    /// <summary>Whether <paramref name="serviceId"/> is a department's "Other request" entry.</summary>
    public static bool Is(string? serviceId) =>
        serviceId is not null && serviceId.EndsWith(Suffix, StringComparison.Ordinal) && serviceId.Length > Suffix.Length;
}
