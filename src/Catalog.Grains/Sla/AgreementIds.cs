using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>
/// Readable agreement ids: "&lt;provider&gt;.&lt;client, or all&gt;.&lt;scope&gt;", the scope being "all-services",
/// "category-&lt;category id&gt;" or "service-&lt;service slug&gt;", e.g. "it.finance.service-system-access" or
/// "hr.all.all-services". An id is never reused: when taken (by a retired agreement, or a department named "all"),
/// "-2", "-3"… is appended. Ids are stored in requests: never change one.
/// </summary>
internal static class AgreementIds
{
    /// <summary>The id for a new agreement of <paramref name="providerDepartmentId"/>, unique among <paramref name="taken"/>.</summary>
    public static string For(string providerDepartmentId, AgreementDraft draft, IReadOnlyDictionary<string, AgreementHistory> taken)
    {
        var client = draft.ClientDepartmentId == AgreementDraft.AnyClient ? "all" : draft.ClientDepartmentId;
        var scope = draft.Scope switch
        {
            AgreementScope.Category => $"category-{draft.ScopeValue}",
            AgreementScope.Service => $"service-{draft.ScopeValue![(providerDepartmentId.Length + 1)..]}",
            _ => "all-services",
        };
        var id = $"{providerDepartmentId}.{client}.{scope}";
        var unique = id;
        for (var n = 2; taken.ContainsKey(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }
}
