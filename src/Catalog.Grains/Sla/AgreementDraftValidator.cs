using Catalog.Catalogue;
using Catalog.Domain.Catalogue;
using Catalog.Errors;
using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// The rules of an agreement draft, as pure code: the grain looks up what they need (the departments, the scoped
/// service) and calls them before storing. Field paths are camelCase, as in the JSON ("clocks[1].target.value").
/// </summary>
internal static class AgreementDraftValidator
{
    private static readonly int ClockKinds = Enum.GetValues<ClockKind>().Length;

    /// <summary>
    /// The failures of <paramref name="draft"/> for provider <paramref name="providerDepartmentId"/> (empty when
    /// valid). <paramref name="scopeService"/> is the service the draft scopes, as found (null when none was found
    /// or the scope is not a service); <paramref name="current"/> is the agreement an update changes, whose client
    /// and scope cannot change (null for a creation).
    /// </summary>
    public static IReadOnlyDictionary<string, string[]> Validate(
        string providerDepartmentId,
        AgreementDraft draft,
        IReadOnlyCollection<string> departmentIds,
        ServiceDetails? scopeService,
        Agreement? current = null)
    {
        var errors = new ValidationErrors();
        CheckClient(errors, draft.ClientDepartmentId, departmentIds);
        CheckScope(errors, providerDepartmentId, draft, scopeService, creating: current is null);
        CheckClocks(errors, draft.Clocks);
        CheckTitle(errors, draft.Title);
        if (draft.QuoteWait is { } quoteWait && !Enum.IsDefined(quoteWait))
        {
            errors.Add("quoteWait", $"One of {string.Join(", ", Enum.GetNames<Domain.Requests.QuoteWait>())}, or leave it out.");
        }

        errors.LimitText("changeNote", draft.ChangeNote, TextLimits.ChangeNote);
        if (current is not null)
        {
            CheckSameCoverage(errors, draft, current);
            if (draft.ExpectedVersion is < 1)
            {
                errors.Add("expectedVersion", "Must be 1 or more.");
            }
        }

        return errors.ToDictionary();
    }

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(
        string providerDepartmentId,
        AgreementDraft draft,
        IReadOnlyCollection<string> departmentIds,
        ServiceDetails? scopeService,
        Agreement? current = null)
    {
        var errors = Validate(providerDepartmentId, draft, departmentIds, scopeService, current);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }

    /// <summary>True when the draft scopes a service id of this provider, so the grain should look it up.</summary>
    public static bool ScopesOwnService(string providerDepartmentId, AgreementDraft draft) =>
        draft.Scope == AgreementScope.Service
        && CatalogueIds.IsServiceId(draft.ScopeValue)
        && CatalogueIds.DepartmentOf(draft.ScopeValue!) == providerDepartmentId;

    private static void CheckClient(ValidationErrors errors, string? client, IReadOnlyCollection<string> departmentIds)
    {
        if (string.IsNullOrEmpty(client))
        {
            errors.Add("clientDepartmentId", $"Required: a department id, or '{AgreementDraft.AnyClient}' for every department.");
        }
        else if (client != AgreementDraft.AnyClient && !departmentIds.Contains(client))
        {
            errors.Add("clientDepartmentId", $"Unknown department '{client}'.");
        }
    }

    private static void CheckScope(
        ValidationErrors errors, string providerDepartmentId, AgreementDraft draft, ServiceDetails? scopeService, bool creating)
    {
        var value = draft.ScopeValue;
        switch (draft.Scope)
        {
            case AgreementScope.AllServices when !string.IsNullOrWhiteSpace(value):
                errors.Add("scopeValue", "Must be empty when the scope is AllServices.");
                break;
            case AgreementScope.AllServices:
                break;
            case AgreementScope.Category when string.IsNullOrEmpty(value):
                errors.Add("scopeValue", "Required: the id of a category, e.g. 'hardware'.");
                break;
            case AgreementScope.Category when !Categories.IsKnown(value):
                errors.Add("scopeValue", $"Unknown category '{value}'.");
                break;
            case AgreementScope.Category:
                break;
            case AgreementScope.Service when string.IsNullOrEmpty(value):
                errors.Add("scopeValue", $"Required: the id of a service of '{providerDepartmentId}'.");
                break;
            case AgreementScope.Service when !ScopesOwnService(providerDepartmentId, draft):
                errors.Add("scopeValue", $"'{value}' is not a service of '{providerDepartmentId}'.");
                break;
            case AgreementScope.Service when scopeService is null || scopeService.Id != value:
                errors.Add("scopeValue", $"Unknown service '{value}'.");
                break;
            case AgreementScope.Service when creating && scopeService.Retired:
                // A new agreement for a retired service would never apply; an existing one may still be edited.
                errors.Add("scopeValue", $"The service '{value}' is retired.");
                break;
            case AgreementScope.Service:
                break;
            default:
                errors.Add("scope", "Use AllServices, Category or Service.");
                break;
        }
    }

    private static void CheckClocks(ValidationErrors errors, IReadOnlyList<ClockPolicy>? clocks)
    {
        if (clocks is null || clocks.Count == 0)
        {
            errors.Add("clocks", "Name at least one clock: Acknowledgement, FirstAnswer, Resolution or ClientResponse.");
            return;
        }

        if (clocks.Count > ClockKinds)
        {
            errors.Add("clocks", $"At most {ClockKinds} clocks, one of each kind.");
        }

        var kinds = new HashSet<ClockKind>();
        for (var i = 0; i < clocks.Count; i++)
        {
            var field = $"clocks[{i}]";
            if (clocks[i] is not { } clock)
            {
                errors.Add(field, "Required.");
                continue;
            }

            if (!Enum.IsDefined(clock.Kind))
            {
                errors.Add($"{field}.kind", "Use Acknowledgement, FirstAnswer, Resolution or ClientResponse.");
            }
            else if (!kinds.Add(clock.Kind))
            {
                errors.Add($"{field}.kind", $"{clock.Kind} is named twice: an agreement sets each clock at most once.");
            }

            CheckTarget(errors, $"{field}.target", clock.Target);
            if (!(clock.WarningRatio is > 0 and < 1))
            {
                errors.Add($"{field}.warningRatio", $"Must be between 0 and 1, both excluded (default {ClockPolicy.DefaultWarningRatio}).");
            }
        }
    }

    private static void CheckTarget(ValidationErrors errors, string field, Target? target)
    {
        if (target is null)
        {
            errors.Add(field, "Required.");
            return;
        }

        var max = target.Unit == TargetUnit.BusinessHours ? ServiceDraftValidator.MaxBusinessHours : ServiceDraftValidator.MaxBusinessDays;
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

    private static void CheckTitle(ValidationErrors errors, LocalizedText? title)
    {
        if (title is not null)
        {
            errors.RequireText("title.fr", title.Fr, TextLimits.Name);
            errors.RequireText("title.en", title.En, TextLimits.Name);
        }
    }

    private static void CheckSameCoverage(ValidationErrors errors, AgreementDraft draft, Agreement current)
    {
        const string Fixed = "An agreement's client and scope cannot change: retire it and create another.";
        if (draft.ClientDepartmentId != current.ClientDepartmentId)
        {
            errors.Add("clientDepartmentId", $"{Fixed} (It is '{current.ClientDepartmentId}'.)");
        }

        if (draft.Scope != current.Scope)
        {
            errors.Add("scope", $"{Fixed} (It is {current.Scope}.)");
        }
        else if (AgreementVersions.ScopeValueOf(draft) != current.ScopeValue)
        {
            errors.Add("scopeValue", $"{Fixed} (It is '{current.ScopeValue}'.)");
        }
    }
}
