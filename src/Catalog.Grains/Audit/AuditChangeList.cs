using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>Collects the fields a change touched, keeping only those whose value differs (see <see cref="AuditValues"/>).</summary>
public sealed class AuditChangeList
{
    private readonly List<AuditChange> changes = [];

    /// <summary>Adds the field when <paramref name="before"/> and <paramref name="after"/> differ (after cutting both).</summary>
    public AuditChangeList Add(string field, string? before, string? after)
    {
        (before, after) = (AuditValues.Text(before), AuditValues.Text(after));
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new AuditChange(field, before, after));
        }

        return this;
    }

    /// <summary>Adds a field a new entity has (nothing before); a field with no value is left out.</summary>
    public AuditChangeList Set(string field, string? after) => Add(field, null, after);

    /// <summary>The changes, in the order added.</summary>
    public AuditChange[] ToList() => changes.ToArray();
}
