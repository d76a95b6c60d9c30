namespace Catalog.Domain.Complaints;

/// <summary>
/// The two roles complaints add to the organisation, kept with the complaints rather than in the directory so the
/// department roles stay as they are: the organisation's complaints officers (the top of every escalation path; they
/// see every complaint) and each department's designated head. Catalogue administrators set both.
/// </summary>
/// <param name="Officers">User ids of the complaints officers.</param>
/// <param name="Heads">The head of each department that has one: department id → user id.</param>
public sealed record ComplaintRoles(IReadOnlyCollection<string> Officers, IReadOnlyDictionary<string, string> Heads)
{
    /// <summary>Nobody designated.</summary>
    public static ComplaintRoles None { get; } = new([], new Dictionary<string, string>());

    /// <summary>Whether <paramref name="userId"/> is a complaints officer.</summary>
    public bool IsOfficer(string userId) => Officers.Contains(userId, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="userId"/> heads <paramref name="departmentId"/>.</summary>
    public bool IsHead(string userId, string departmentId) =>
        Heads.TryGetValue(departmentId, out var head) && string.Equals(head, userId, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="userId"/> heads any department.</summary>
    public bool IsAnyHead(string userId) => Heads.Values.Contains(userId, StringComparer.Ordinal);
}
