using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Catalogue;

/// <summary>The rules of a department: a lowercase slug id, a name in both languages, an IANA time zone.</summary>
public static class DepartmentDraftValidator
{
    /// <summary>The failures of a department draft (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(DepartmentDraft draft)
    {
        var errors = new ValidationErrors();
        if (!CatalogueIds.IsDepartmentId(draft.Id))
        {
            errors.Add("id", $"Use lowercase letters, digits and dashes, at most {CatalogueIds.MaxDepartmentIdLength} characters.");
        }

        ServiceDraftValidator.CheckText(errors, "name", draft.Name, TextLimits.Name);
        if (string.IsNullOrWhiteSpace(draft.TimeZone))
        {
            errors.Add("timeZone", "Required.");
        }
        else if (!TimeZones.IsKnown(draft.TimeZone))
        {
            errors.Add("timeZone", $"Unknown IANA time zone '{draft.TimeZone}', e.g. 'America/Toronto'.");
        }

        return errors.ToDictionary();
    }

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(DepartmentDraft draft)
    {
        var errors = Validate(draft);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }
}
