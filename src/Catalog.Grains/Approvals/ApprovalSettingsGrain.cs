using Catalog.Approvals;
using Catalog.Audit;
using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Approvals;

/// <summary>
/// A department's approval rule and substitutes. Managers of the department and catalogue administrators change
/// them; every change is audited (stored with the settings, then in the trail).
/// </summary>
[GrainType(ApprovalGrainTypes.Settings)]
public sealed class ApprovalSettingsGrain(
    [PersistentState(ApprovalGrainTypes.SettingsState, StorageNames.Catalog)] IPersistentState<ApprovalSettingsState> state,
    CatalogClock clock,
    IAuditRecorder audit,
    ILogger<ApprovalSettingsGrain> logger) : Grain, IApprovalSettingsGrain
{
    /// <summary>How far ahead a substitution may be planned, and how long it may last.</summary>
    public static readonly TimeSpan LongestSubstitution = TimeSpan.FromDays(366);

    private AuditOutbox? outbox;

    private string DepartmentId => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    private ApprovalSettings Current => state.State.Settings
        ?? new ApprovalSettings(DepartmentId, ApprovalSettings.DefaultThreshold, "CAD", ApprovalSettings.DefaultDecisionHours, [], 0);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public Task<ApprovalSettings> GetAsync() => Task.FromResult(Current);

    public async Task<ApprovalSettings> SetRuleAsync(Viewer viewer, ApprovalRuleDraft draft)
    {
        EnsureManager(viewer);
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new Dictionary<string, string[]>();
        if (draft.Threshold < 0 || draft.Threshold > 10_000_000m)
        {
            errors["threshold"] = ["Between 0 and 10000000."];
        }

        if (draft.Currency is not { Length: 3 } || !draft.Currency.All(char.IsAsciiLetter))
        {
            errors["currency"] = ["A three-letter ISO 4217 code, e.g. CAD."];
        }

        if (!(draft.DecisionHours > 0 && draft.DecisionHours <= 200))
        {
            errors["decisionHours"] = ["Business hours above 0, at most 200."];
        }

        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }

        var before = Current;
        var after = before with
        {
            Threshold = draft.Threshold,
            Currency = draft.Currency.ToUpperInvariant(),
            DecisionHours = draft.DecisionHours,
            Version = before.Version + 1,
        };
        var changes = new AuditChangeList()
            .Add("threshold", before.Threshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), after.Threshold.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
            .Add("currency", before.Currency, after.Currency)
            .Add("decisionHours", before.DecisionHours.ToString(System.Globalization.CultureInfo.InvariantCulture), after.DecisionHours.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return await SaveAsync(after, AuditActions.Updated, changes);
    }

    public async Task<ApprovalSettings> NameSubstituteAsync(Viewer viewer, SubstituteDraft draft)
    {
        EnsureManager(viewer);
        ArgumentNullException.ThrowIfNull(draft);
        var manager = string.IsNullOrWhiteSpace(draft.ManagerId) ? viewer.UserId : draft.ManagerId.Trim();
        if (!viewer.CatalogueAdministrator && !string.Equals(manager, viewer.UserId, StringComparison.OrdinalIgnoreCase))
        {
            throw new CatalogForbiddenException("A manager names their own substitute; administrators may name one for any manager.");
        }

        var directory = GrainFactory.GetDirectory();
        var managerPerson = await directory.FindAsync(manager);
        if (managerPerson is null || managerPerson.DepartmentId != DepartmentId || managerPerson.Role < DepartmentRole.Manager)
        {
            throw new CatalogValidationException("managerId", $"'{manager}' is not a manager of '{DepartmentId}'.");
        }

        var substitute = string.IsNullOrWhiteSpace(draft.SubstituteId) ? "" : draft.SubstituteId.Trim();
        var substitutePerson = substitute.Length == 0 ? null : await directory.FindAsync(substitute);
        if (substitutePerson is null || substitutePerson.DepartmentId != DepartmentId || substitutePerson.Role < DepartmentRole.Agent)
        {
            throw new CatalogValidationException("substituteId", $"The substitute must be an agent or manager of '{DepartmentId}'.");
        }

        if (string.Equals(substitute, manager, StringComparison.OrdinalIgnoreCase))
        {
            throw new CatalogValidationException("substituteId", "A manager cannot stand in for themselves.");
        }

        var now = clock.GetUtcNow();
        if (draft.Until <= draft.From || draft.Until <= now || draft.From > now + LongestSubstitution || draft.Until - draft.From > LongestSubstitution)
        {
            throw new CatalogValidationException("until", "A substitution ends after it starts, in the future, and lasts at most a year.");
        }

        var before = Current;
        var number = before.Substitutes.Count == 0 ? 1 : before.Substitutes.Max(s => s.Number) + 1;
        var named = new Substitute(number, managerPerson.Id, substitutePerson.Id, draft.From, draft.Until, viewer.UserId);
        var after = before with { Substitutes = [.. before.Substitutes.Where(s => s.Until > now), named], Version = before.Version + 1 };
        var changes = new AuditChangeList()
            .Set("substitute", substitutePerson.Id)
            .Set("for", managerPerson.Id)
            .Set("from", draft.From.ToString("O"))
            .Set("until", draft.Until.ToString("O"))
            .ToList();
        return await SaveAsync(after, AuditActions.SubstituteNamed, changes);
    }

    public async Task<ApprovalSettings> RemoveSubstituteAsync(Viewer viewer, int number)
    {
        EnsureManager(viewer);
        var before = Current;
        var removed = before.Substitutes.FirstOrDefault(s => s.Number == number)
            ?? throw new CatalogNotFoundException("substitute", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!viewer.CatalogueAdministrator && !string.Equals(removed.ManagerId, viewer.UserId, StringComparison.OrdinalIgnoreCase))
        {
            throw new CatalogForbiddenException("A manager ends their own substitutions; administrators may end any.");
        }

        var after = before with { Substitutes = [.. before.Substitutes.Where(s => s.Number != number)], Version = before.Version + 1 };
        var changes = new AuditChangeList().Add("substitute", removed.SubstituteId, null).Set("for", removed.ManagerId).ToList();
        return await SaveAsync(after, AuditActions.SubstituteRemoved, changes);
    }

    public Task<DecisionRight?> DeciderAsync(Viewer viewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (viewer.Has(DepartmentRole.Manager, DepartmentId))
        {
            return Task.FromResult<DecisionRight?>(new DecisionRight(viewer.UserId, null));
        }

        var standIn = Current.Substitutes.FirstOrDefault(s =>
            s.IsActiveAt(now) && viewer.IsIn(DepartmentId) && string.Equals(s.SubstituteId, viewer.UserId, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(standIn is null ? null : new DecisionRight(viewer.UserId, standIn.ManagerId));
    }

    private void EnsureManager(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!AccessPolicy.CanManage(viewer, DepartmentId))
        {
            throw new CatalogForbiddenException($"Only managers of '{DepartmentId}' and catalogue administrators change its approval settings.");
        }
    }

    private async Task<ApprovalSettings> SaveAsync(ApprovalSettings after, string action, IReadOnlyList<AuditChange> changes)
    {
        state.State.Settings = after;
        Outbox.Add(AuditEntityTypes.ApprovalSettings, DepartmentId, action, changes);
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        await Outbox.StoreAsync();
        return after;
    }
}
