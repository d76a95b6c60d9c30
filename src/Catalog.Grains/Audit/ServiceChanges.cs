using System.Globalization;
using Catalog.Audit;
using Catalog.Catalogue;

namespace Catalog.Grains.Audit;

/// <summary>What a change to a service entry changed, field by field, for the audit trail.</summary>
public static class ServiceChanges
{
    /// <summary>Every field a new service has.</summary>
    public static AuditChange[] Created(ServiceEntry created) => Between(null, created);

    /// <summary>The fields that differ from <paramref name="before"/> (none: a new service) to <paramref name="after"/>, version included.</summary>
    public static AuditChange[] Between(ServiceEntry? before, ServiceEntry after) => new AuditChangeList()
        .Add("version", Of(before?.Version), Of(after.Version))
        .Add("departmentId", before?.DepartmentId, after.DepartmentId)
        .Add("category", before?.Category, after.Category)
        .Add("name.fr", before?.Name.Fr, after.Name.Fr)
        .Add("name.en", before?.Name.En, after.Name.En)
        .Add("description.fr", before?.Description.Fr, after.Description.Fr)
        .Add("description.en", before?.Description.En, after.Description.En)
        .Add("turnaround", Of(before?.Turnaround), Of(after.Turnaround))
        .Add("cost", Of(before?.Cost), Of(after.Cost))
        .Add("steps", Texts(before?.Steps), Texts(after.Steps))
        .Add("equipment", Texts(before?.Equipment), Texts(after.Equipment))
        .Add("clientSupplies", Texts(before?.ClientSupplies), Texts(after.ClientSupplies))
        .Add("eligibleDepartments", AuditValues.List(before?.EligibleDepartments), AuditValues.List(after.EligibleDepartments))
        .Add("standards", AuditValues.List(before?.Standards.Select(Of)), AuditValues.List(after.Standards.Select(Of)))
        .Add("changeNote", before?.ChangeNote, after.ChangeNote)
        .ToList();

    /// <summary>A service that takes no more requests.</summary>
    public static AuditChange[] Retired() => new AuditChangeList().Add("retired", AuditValues.Of(false), AuditValues.Of(true)).ToList();

    /// <summary>"2 BusinessDays".</summary>
    public static string? Of(Target? target) =>
        target is null ? null : string.Create(CultureInfo.InvariantCulture, $"{target.Value} {target.Unit}");

    private static string? Of(int? version) => version?.ToString(CultureInfo.InvariantCulture);

    private static string? Of(Cost? cost) => cost switch
    {
        null => null,
        { Unit: CostUnit.Free } => nameof(CostUnit.Free),
        _ => string.Create(CultureInfo.InvariantCulture, $"{cost.Amount} {cost.Currency} {cost.Unit}")
            + (cost.UnitLabel is { } label ? $" ({label.En})" : ""),
    };

    private static string Of(ServiceStandard standard) => $"{standard.Clock} {Of(standard.Target)}";

    private static string? Texts(IReadOnlyList<LocalizedText>? texts) => AuditValues.List(texts?.Select(t => t.En));
}
