using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Domain.Catalogue;

/// <summary>
/// The shape of catalogue ids. A department id is a lowercase slug ("it", "human-resources"); a service id is
/// "&lt;department&gt;.&lt;slug&gt;" ("it.laptop-setup"). Ids become grain keys and table keys: they never change.
/// </summary>
public static partial class CatalogueIds
{
    /// <summary>The longest service id.</summary>
    public const int MaxServiceIdLength = 80;

    /// <summary>The longest department id.</summary>
    public const int MaxDepartmentIdLength = 30;

    /// <summary>True for a lowercase slug of at most <see cref="MaxDepartmentIdLength"/> characters.</summary>
    public static bool IsDepartmentId(string? id) =>
        id is { Length: > 0 and <= MaxDepartmentIdLength } && Slug().IsMatch(id);

    /// <summary>True for "&lt;department&gt;.&lt;slug&gt;" of at most <see cref="MaxServiceIdLength"/> characters.</summary>
    public static bool IsServiceId(string? id) =>
        id is { Length: > 0 and <= MaxServiceIdLength } && ServiceId().IsMatch(id)
        && IsDepartmentId(id[..id.IndexOf('.', StringComparison.Ordinal)]);

    /// <summary>The department part of a service id ("it" for "it.laptop-setup"), or null when there is none.</summary>
    public static string? DepartmentOf(string serviceId)
    {
        var dot = serviceId.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? serviceId[..dot] : null;
    }

    /// <summary>
    /// The id a new service gets when its author gives none: "&lt;department&gt;.&lt;slug of the English name&gt;",
    /// cut to <see cref="MaxServiceIdLength"/>.
    /// </summary>
    public static string DeriveServiceId(string? departmentId, string? englishName)
    {
        var id = $"{departmentId}.{Slugify(englishName)}";
        return id.Length <= MaxServiceIdLength ? id : id[..MaxServiceIdLength].TrimEnd('-');
    }

    /// <summary>"Laptop set-up (new hire)" → "laptop-set-up-new-hire": folded, lowercase, dashes between words.</summary>
    public static string Slugify(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in SearchText.Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceId();
}
