using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Access;

/// <summary>
/// The rules of a directory entry: an id of 1 to <see cref="MaxIdLength"/> letters, digits and <c>.-_@+</c> (stored
/// lowercase), a display name of 1 to <see cref="MaxDisplayNameLength"/> characters, a department that exists, a
/// defined role. Checked by the directory grain; the web tier may check first.
/// </summary>
public static class CatalogUserValidator
{
    /// <summary>The longest user id.</summary>
    public const int MaxIdLength = 200;

    /// <summary>The longest display name.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>A user id as stored and looked up: trimmed and lowercase; empty for null.</summary>
    public static string NormalizeId(string? userId) => (userId ?? "").Trim().ToLowerInvariant();

    /// <summary>The entry as stored: id normalized, name and department trimmed.</summary>
    public static CatalogUser Normalize(CatalogUser user) => user with
    {
        Id = NormalizeId(user.Id),
        DisplayName = (user.DisplayName ?? "").Trim(),
        DepartmentId = (user.DepartmentId ?? "").Trim(),
    };

    /// <summary>The failures of a normalized entry (empty when valid), given the ids of the existing departments.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(CatalogUser user, IReadOnlyCollection<string> departmentIds)
    {
        var errors = new ValidationErrors();
        if (!IsUserId(user.Id))
        {
            errors.Add("id", $"Use 1 to {MaxIdLength} letters, digits and the characters . - _ @ +.");
        }

        errors.RequireText("displayName", user.DisplayName, MaxDisplayNameLength);
        if (string.IsNullOrEmpty(user.DepartmentId))
        {
            errors.Add("departmentId", "Required.");
        }
        else if (!departmentIds.Contains(user.DepartmentId))
        {
            errors.Add("departmentId", $"Unknown department '{user.DepartmentId}'.");
        }

        if (!Enum.IsDefined(user.Role))
        {
            errors.Add("role", "Use Requester, Agent or Manager.");
        }

        return errors.ToDictionary();
    }

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field of a normalized entry.</summary>
    public static void EnsureValid(CatalogUser user, IReadOnlyCollection<string> departmentIds)
    {
        var errors = Validate(user, departmentIds);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }

    /// <summary>Whether <paramref name="id"/> is a well-formed user id as stored (lowercase is not checked).</summary>
    public static bool IsUserId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && id.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@' or '+');
}
