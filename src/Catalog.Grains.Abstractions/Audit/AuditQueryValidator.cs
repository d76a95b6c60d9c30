using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Audit;

/// <summary>The rules of an audit search: a limit of 1 to <see cref="MaxLimit"/>, "from" before "to", a known entity type.</summary>
public static class AuditQueryValidator
{
    /// <summary>The most entries one search returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The failures of a query (empty when valid), by camelCase field.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"Between 1 and {MaxLimit}, not {query.Limit}.");
        }

        if (query.From is { } from && query.To is { } to && from >= to)
        {
            errors.Add("from", "Must be before 'to'.");
        }

        if (query.EntityType is { } type && !AuditEntityTypes.All.Contains(type, StringComparer.Ordinal))
        {
            errors.Add("entityType", $"Unknown entity type '{type}': use one of {string.Join(", ", AuditEntityTypes.All)}.");
        }

        return errors.ToDictionary();
    }

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(AuditQuery query)
    {
        var errors = Validate(query);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }
}
