using Catalog.Access;
using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Access;

/// <summary>
/// The organisation's directory: who is in which department with which role, and who holds the organisation-wide
/// roles. Every change is audited as a "Set" or "Removed" of <see cref="AuditEntityTypes.User"/>: the entry is written
/// with the change (<see cref="AuditOutbox"/>), then stored in the trail.
/// </summary>
/// <remarks>
/// One grain holds the whole directory in one state, which the table storage caps at 700 KiB: room for about five
/// thousand people with ordinary ids and names (each takes one to two hundred bytes), so thousands of people with
/// explicit roles fit. That is enough because the directory lists only the people placed by hand: anyone the identity
/// provider places by claims (department and role) needs no entry here.
/// </remarks>
[GrainType(AccessGrainTypes.Directory)]
public sealed class DirectoryGrain(
    [PersistentState(DirectoryGrain.StateName, StorageNames.Catalog)] IPersistentState<DirectoryState> state,
    IAuditRecorder audit,
    ILogger<DirectoryGrain> logger) : Grain, IDirectoryGrain
{
    /// <summary>The name of the directory's state. Stored: never change it.</summary>
    public const string StateName = "directory";

    /// <summary>Display names in Canadian French order (case and accents ignored), then ordinal to break ties.</summary>
    private static readonly StringComparer Names = CatalogueLanguage.Comparer(CatalogueLanguage.French);

    private AuditOutbox? outbox;

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public Task<CatalogUser?> FindAsync(string userId) =>
        Task.FromResult(state.State.People.GetValueOrDefault(CatalogUserValidator.NormalizeId(userId)));

    public Task<IReadOnlyList<CatalogUser>> ListAsync(string? departmentId = null)
    {
        IReadOnlyList<CatalogUser> people = state.State.People.Values
            .Where(p => departmentId is null || string.Equals(p.DepartmentId, departmentId, StringComparison.Ordinal))
            .OrderBy(p => p.DisplayName, Names)
            .ThenBy(p => p.DisplayName, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToArray();
        return Task.FromResult(people);
    }

    public async Task<RoleChange> SetAsync(CatalogUser user)
    {
        if (user is null)
        {
            throw new CatalogValidationException("user", "Required.");
        }

        var after = CatalogUserValidator.Normalize(user);
        CatalogUserValidator.EnsureValid(after, await DepartmentIdsAsync());
        var before = state.State.People.GetValueOrDefault(after.Id);
        if (after == before)
        {
            return new RoleChange(before, after);
        }

        state.State.People[after.Id] = after;
        await WriteAsync(after.Id, "Set", UserChanges.Between(before, after));
        return new RoleChange(before, after);
    }

    public async Task<CatalogUser> RemoveAsync(string userId)
    {
        var id = CatalogUserValidator.NormalizeId(userId);
        if (!state.State.People.Remove(id, out var removed))
        {
            throw new CatalogNotFoundException("user", id);
        }

        await WriteAsync(id, "Removed", UserChanges.Between(removed, null));
        return removed;
    }

    public Task<string?> GetLanguageAsync(string userId) =>
        Task.FromResult<string?>(state.State.Languages.GetValueOrDefault(CatalogUserValidator.NormalizeId(userId)));

    public async Task<string?> SetLanguageAsync(string userId, string? language)
    {
        var id = CatalogUserValidator.NormalizeId(userId);
        if (!CatalogUserValidator.IsUserId(id))
        {
            throw new CatalogValidationException("userId", "Not a user id.");
        }

        if (language is not null && language is not CatalogueLanguage.French and not CatalogueLanguage.English)
        {
            throw new CatalogValidationException("language", "Use \"fr\", \"en\", or null to follow the browser.");
        }

        var before = state.State.Languages.GetValueOrDefault(id);
        if (before == language)
        {
            return language;
        }

        if (language is null)
        {
            state.State.Languages.Remove(id);
        }
        else
        {
            state.State.Languages[id] = language;
        }

        await WriteAsync(id, "Set", [new AuditChange("language", before, language)]);
        return language;
    }

    private async Task<IReadOnlyCollection<string>> DepartmentIdsAsync()
    {
        var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        return departments.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Writes a change to one person with its audit entry, then stores the entry in the trail.</summary>
    private async Task WriteAsync(string userId, string action, IReadOnlyList<AuditChange> changes)
    {
        Outbox.Add(AuditEntityTypes.User, userId, action, changes);
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
    }
}
