using System.Globalization;
using System.Text.RegularExpressions;

namespace Catalog.Complaints;

/// <summary>
/// The shape of complaint ids: "CMP-", the provider department id upper-cased, a dash, the provider's complaint number
/// on at least five digits ("CMP-IT-00012"). The id names the department whose desk holds it. Stored: never change.
/// </summary>
public static partial class ComplaintIds
{
    private const string Prefix = "CMP-";

    /// <summary>The id of complaint <paramref name="number"/> of a provider department.</summary>
    public static string Format(string providerDepartmentId, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{providerDepartmentId.ToUpperInvariant()}-{number:D5}");

    /// <summary>The provider department of a well-formed id, or null for anything else.</summary>
    public static string? ProviderOf(string? id)
    {
        if (id is null || id.Length > 120 || !Shape().IsMatch(id))
        {
            return null;
        }

        var end = id.LastIndexOf('-');
        return id[Prefix.Length..end].ToLowerInvariant();
    }

    [GeneratedRegex("^CMP-[A-Z0-9]+(-[A-Z0-9]+)*-[0-9]{5,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
