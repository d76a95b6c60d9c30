using System.Globalization;
using Catalog.Audit;
using Catalog.Sla;

namespace Catalog.Grains.Audit;

/// <summary>What a change to a service-level agreement changed, field by field, for the audit trail.</summary>
public static class AgreementChanges
{
    /// <summary>Every field a new agreement has.</summary>
    public static AuditChange[] Created(Agreement created) => Between(null, created);

    /// <summary>The fields that differ from <paramref name="before"/> (none: a new agreement) to <paramref name="after"/>, version included.</summary>
    public static AuditChange[] Between(Agreement? before, Agreement after) => new AuditChangeList()
        .Add("version", before?.Version.ToString(CultureInfo.InvariantCulture), after.Version.ToString(CultureInfo.InvariantCulture))
        .Add("providerDepartmentId", before?.ProviderDepartmentId, after.ProviderDepartmentId)
        .Add("clientDepartmentId", before?.ClientDepartmentId, after.ClientDepartmentId)
        .Add("scope", before?.Scope.ToString(), after.Scope.ToString())
        .Add("scopeValue", before?.ScopeValue, after.ScopeValue)
        .Add("clocks", Clocks(before?.Clocks), Clocks(after.Clocks))
        .Add("title.fr", before?.Title?.Fr, after.Title?.Fr)
        .Add("title.en", before?.Title?.En, after.Title?.En)
        .Add("changeNote", before?.ChangeNote, after.ChangeNote)
        .ToList();

    /// <summary>An agreement no longer in force.</summary>
    public static AuditChange[] Retired() => new AuditChangeList().Add("retired", AuditValues.Of(false), AuditValues.Of(true)).ToList();

    private static string? Clocks(IReadOnlyList<ClockPolicy>? clocks) => AuditValues.List(clocks?.Select(c =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {ServiceChanges.Of(c.Target)} at {c.WarningRatio:P0}")));
}
