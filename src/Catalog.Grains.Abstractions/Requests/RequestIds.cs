using System.Globalization;
using System.Text.RegularExpressions;
using Catalog.Domain.Catalogue;

namespace Catalog.Requests;

/// <summary>
/// The shape of request ids: the provider department id upper-cased, a dash, the provider's request number on at
/// least six digits ("IT-000123", "HUMAN-RESOURCES-001234"). Ids are grain keys and table keys: they never change.
/// </summary>
public static partial class RequestIds
{
    /// <summary>The id of request <paramref name="number"/> of a provider department.</summary>
    public static string Format(string providerDepartmentId, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{providerDepartmentId.ToUpperInvariant()}-{number:D6}");

    /// <summary>True for an id <see cref="Format"/> could have made.</summary>
    public static bool IsRequestId(string? id) =>
        id is { Length: > 0 and <= CatalogueIds.MaxDepartmentIdLength + 21 } && Shape().IsMatch(id);

    /// <summary>True when <paramref name="id"/> is a request number of <paramref name="providerDepartmentId"/>.</summary>
    public static bool IsOfProvider(string id, string providerDepartmentId)
    {
        var prefix = providerDepartmentId.ToUpperInvariant() + "-";
        return id.Length > prefix.Length
            && id.StartsWith(prefix, StringComparison.Ordinal)
            && id.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
    }

    [GeneratedRegex("^[A-Z0-9]+(-[A-Z0-9]+)*-[0-9]{6,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
