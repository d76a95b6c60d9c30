using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Audit;

/// <summary>
/// The rules of an audit search: a limit of 1 to <see cref="MaxLimit"/>, "from" before "to", both from
/// <see cref="Earliest"/> on and at most <see cref="MaxSpan"/> apart, a known entity type. A trail searches day by
/// day, so an unbounded stretch ("from=0001-01-01") would never finish, and one near the calendar's start overflows.
/// </summary>
public static class AuditQueryValidator
{
    /// <summary>The most entries one search returns.</summary>
    public const int MaxLimit = 1000;

    /// <summary>The most days one search covers (a trail's default look-back too).</summary>
    public const int MaxDays = 366;

    /// <summary>The longest stretch one search covers: <see cref="MaxDays"/> days.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(MaxDays);

    /// <summary>The earliest instant a search may name: Catalog holds nothing older.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The failures of a query (empty when valid), by camelCase field.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new ValidationErrors();
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors.Add("limit", $"Between 1 and {MaxLimit}, not {query.Limit}.");
        }

        if (query.From < Earliest)
        {
            errors.Add("from", "Must be in 2000 or later.");
        }

        if (query.To < Earliest)
        {
            errors.Add("to", "Must be in 2000 or later.");
        }

        if (query.From is { } from && query.To is { } to && from >= to)
        {
            errors.Add("from", "Must be before 'to'.");
        }
        else if (query.From is { } start && query.To is { } end && end - start > MaxSpan)
        {
            errors.Add("from", $"At most {MaxDays} days before 'to': search a year at a time.");
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
