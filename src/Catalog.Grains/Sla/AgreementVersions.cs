using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>Builds the stored versions of an agreement.</summary>
internal static class AgreementVersions
{
    /// <summary>
    /// Version <paramref name="version"/> of agreement <paramref name="id"/> from a validated draft. The clocks are
    /// copied into a plain array, in clock order: the storage serializer records runtime types, and compiler-made
    /// read-only lists (from collection expressions) are not types it may load back.
    /// </summary>
    public static Agreement FromDraft(
        string id, int version, string providerDepartmentId, AgreementDraft draft, DateTimeOffset changedAt) => new(
        id,
        version,
        providerDepartmentId,
        draft.ClientDepartmentId,
        draft.Scope,
        ScopeValueOf(draft),
        draft.Clocks.OrderBy(c => c.Kind).ToArray(),
        draft.Title,
        changedAt,
        string.IsNullOrWhiteSpace(draft.ChangeNote) ? null : draft.ChangeNote,
        Retired: false,
        draft.QuoteWait);

    /// <summary>The scope value as stored: none for <see cref="AgreementScope.AllServices"/>.</summary>
    public static string? ScopeValueOf(AgreementDraft draft) =>
        draft.Scope == AgreementScope.AllServices || string.IsNullOrWhiteSpace(draft.ScopeValue) ? null : draft.ScopeValue;

    /// <summary>True when the agreement covers the same client and scope as the draft.</summary>
    public static bool Covers(Agreement agreement, AgreementDraft draft) =>
        agreement.ClientDepartmentId == draft.ClientDepartmentId
        && agreement.Scope == draft.Scope
        && agreement.ScopeValue == ScopeValueOf(draft);
}
