using Catalog.Domain.Access;

namespace Catalog.Approvals;

/// <summary>
/// A provider department's approval settings (key = the department id): the amount from which a manager decides an
/// accommodation or a quote, how long they have, and the substitutes managers named while they are away.
/// </summary>
public interface IApprovalSettingsGrain : IGrainWithStringKey
{
    /// <summary>The settings as they stand (the seed's defaults until a manager changes them).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ApprovalSettings> GetAsync();

    /// <summary>A manager of the department (or an administrator) sets the threshold and decision time; audited.</summary>
    Task<ApprovalSettings> SetRuleAsync(Viewer viewer, ApprovalRuleDraft draft);

    /// <summary>
    /// A manager names a person of the department to decide for them between two instants (away, on leave); an
    /// administrator may name one for any manager. Audited.
    /// </summary>
    Task<ApprovalSettings> NameSubstituteAsync(Viewer viewer, SubstituteDraft draft);

    /// <summary>Ends a substitution early; audited.</summary>
    Task<ApprovalSettings> RemoveSubstituteAsync(Viewer viewer, int number);

    /// <summary>
    /// Who <paramref name="viewer"/> decides as at <paramref name="now"/>: themselves when they manage the department,
    /// the manager they stand in for when they are a substitute then, null when neither.
    /// </summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DecisionRight?> DeciderAsync(Viewer viewer, DateTimeOffset now);
}
