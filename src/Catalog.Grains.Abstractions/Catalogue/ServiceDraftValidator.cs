using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Catalogue;

/// <summary>
/// The rules of a service draft, as pure code: the web tier checks a body with them before calling a grain, and
/// the grain checks again before storing. Field paths are camelCase, as in the JSON ("cost.amount", "steps[2].fr").
/// </summary>
public static class ServiceDraftValidator
{
    /// <summary>The longest turnaround or standard target in business days (about a year).</summary>
    public const int MaxBusinessDays = 260;

    /// <summary>The longest turnaround or standard target in business hours.</summary>
    public const int MaxBusinessHours = 1000;

    /// <summary>The highest amount a cost may have.</summary>
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field of a new service.</summary>
    public static void EnsureValidForCreate(string id, ServiceDraft draft, IReadOnlyCollection<string> departmentIds) =>
        Throw(ValidateForCreate(id, draft, departmentIds));

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field of a change.</summary>
    public static void EnsureValidForUpdate(string id, ServiceDraft draft, IReadOnlyCollection<string> departmentIds) =>
        Throw(ValidateForUpdate(id, draft, departmentIds));

    /// <summary>The failures of a draft creating service <paramref name="id"/> (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> ValidateForCreate(
        string id, ServiceDraft draft, IReadOnlyCollection<string> departmentIds)
    {
        var errors = new ValidationErrors();
        if (!CatalogueIds.IsServiceId(id))
        {
            errors.Add("id", $"Use '<department>.<name>' in lowercase letters, digits and dashes, at most {CatalogueIds.MaxServiceIdLength} characters.");
        }
        else if (draft.DepartmentId is { } department && CatalogueIds.DepartmentOf(id) != department)
        {
            errors.Add("id", $"Must start with the department id: '{department}.'.");
        }

        CheckIdMatches(errors, id, draft);
        CheckExpectedVersion(errors, draft);
        CheckContent(errors, draft, departmentIds);
        return errors.ToDictionary();
    }

    /// <summary>The failures of a draft changing service <paramref name="id"/> (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> ValidateForUpdate(
        string id, ServiceDraft draft, IReadOnlyCollection<string> departmentIds)
    {
        var errors = new ValidationErrors();
        CheckIdMatches(errors, id, draft);
        CheckExpectedVersion(errors, draft);
        CheckContent(errors, draft, departmentIds);
        return errors.ToDictionary();
    }

    /// <summary>A version is 1 or more: refused even on a creation, which does not use it, rather than silently ignored.</summary>
    private static void CheckExpectedVersion(ValidationErrors errors, ServiceDraft draft)
    {
        if (draft.ExpectedVersion is < 1)
        {
            errors.Add("expectedVersion", "Must be 1 or more.");
        }
    }

    private static void CheckIdMatches(ValidationErrors errors, string id, ServiceDraft draft)
    {
        if (draft.Id is not null && draft.Id != id)
        {
            errors.Add("id", $"Does not match the service's id '{id}'.");
        }
    }

    private static void CheckContent(ValidationErrors errors, ServiceDraft draft, IReadOnlyCollection<string> departmentIds)
    {
        CheckDepartment(errors, "departmentId", draft.DepartmentId, departmentIds);
        if (string.IsNullOrEmpty(draft.Category))
        {
            errors.Add("category", "Required.");
        }
        else if (!Categories.IsKnown(draft.Category))
        {
            errors.Add("category", $"Unknown category '{draft.Category}'.");
        }

        CheckText(errors, "name", draft.Name, TextLimits.Name);
        CheckText(errors, "description", draft.Description, TextLimits.Description);
        CheckTarget(errors, "turnaround", draft.Turnaround);
        CostValidator.Check(errors, "cost", draft.Cost);
        CheckTexts(errors, "steps", draft.Steps);
        CheckTexts(errors, "equipment", draft.Equipment);
        CheckTexts(errors, "clientSupplies", draft.ClientSupplies);
        CheckEligibleDepartments(errors, draft.EligibleDepartments, departmentIds);
        CheckStandards(errors, draft.Standards);
        errors.LimitText("changeNote", draft.ChangeNote, TextLimits.ChangeNote);
    }

    /// <summary>Checks both languages of a required text: "name.fr", "name.en".</summary>
    internal static void CheckText(ValidationErrors errors, string field, LocalizedText? text, int maxLength)
    {
        if (text is null)
        {
            errors.Add(field, "Required in French and English.");
            return;
        }

        errors.RequireText($"{field}.fr", text.Fr, maxLength);
        errors.RequireText($"{field}.en", text.En, maxLength);
    }

    /// <summary>Checks a business-time target: present, a known unit, more than 0 and not absurdly long.</summary>
    internal static void CheckTarget(ValidationErrors errors, string field, Target? target)
    {
        if (target is null)
        {
            errors.Add(field, "Required.");
            return;
        }

        var max = target.Unit == TargetUnit.BusinessHours ? MaxBusinessHours : MaxBusinessDays;
        if (!Enum.IsDefined(target.Unit))
        {
            errors.Add($"{field}.unit", "Use BusinessHours or BusinessDays.");
        }
        else if (target.Value <= 0)
        {
            errors.Add($"{field}.value", "Must be more than 0.");
        }
        else if (target.Value > max)
        {
            errors.Add($"{field}.value", $"At most {max} {target.Unit}.");
        }
    }

    private static void CheckDepartment(ValidationErrors errors, string field, string? id, IReadOnlyCollection<string> departmentIds)
    {
        if (string.IsNullOrEmpty(id))
        {
            errors.Add(field, "Required.");
        }
        else if (!departmentIds.Contains(id))
        {
            errors.Add(field, $"Unknown department '{id}'.");
        }
    }

    private static void CheckTexts(ValidationErrors errors, string field, IReadOnlyList<LocalizedText>? texts)
    {
        if (texts is null)
        {
            return;
        }

        if (texts.Count > TextLimits.Items)
        {
            errors.Add(field, $"At most {TextLimits.Items} items.");
        }

        for (var i = 0; i < texts.Count; i++)
        {
            CheckText(errors, $"{field}[{i}]", texts[i], TextLimits.Item);
        }
    }

    private static void CheckEligibleDepartments(
        ValidationErrors errors, IReadOnlyList<string>? eligible, IReadOnlyCollection<string> departmentIds)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (eligible?.Count ?? 0); i++)
        {
            var field = $"eligibleDepartments[{i}]";
            CheckDepartment(errors, field, eligible![i], departmentIds);
            if (eligible[i] is { } id && !seen.Add(id))
            {
                errors.Add(field, "Listed twice.");
            }
        }
    }

    private static void CheckStandards(ValidationErrors errors, IReadOnlyList<ServiceStandard>? standards)
    {
        if (standards is null)
        {
            return;
        }

        var clocks = new HashSet<ClockKind>();
        for (var i = 0; i < standards.Count; i++)
        {
            var field = $"standards[{i}]";
            if (standards[i] is not { } standard)
            {
                errors.Add(field, "Required.");
                continue;
            }

            if (!Enum.IsDefined(standard.Clock))
            {
                errors.Add($"{field}.clock", "Use Acknowledgement, FirstAnswer or Resolution.");
            }
            else if (!clocks.Add(standard.Clock))
            {
                errors.Add($"{field}.clock", "Only one standard per clock.");
            }

            CheckTarget(errors, $"{field}.target", standard.Target);
            CheckText(errors, $"{field}.description", standard.Description, TextLimits.Item);
        }
    }

    private static void Throw(IReadOnlyDictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }
}
