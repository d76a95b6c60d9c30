namespace Catalog.Domain.Catalogue;

/// <summary>Collects validation failures per field path ("name.fr", "eligibleDepartments[2]").</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    /// <summary>True when nothing failed.</summary>
    public bool IsEmpty => errors.Count == 0;

    /// <summary>Records a failure for a field.</summary>
    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>Checks a required text: present, not blank, at most <paramref name="maxLength"/> characters.</summary>
    public void RequireText(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
        }
        else
        {
            LimitText(field, value, maxLength);
        }
    }

    /// <summary>Checks an optional text is at most <paramref name="maxLength"/> characters.</summary>
    public void LimitText(string field, string? value, int maxLength)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    /// <summary>The failures: field path → messages.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
