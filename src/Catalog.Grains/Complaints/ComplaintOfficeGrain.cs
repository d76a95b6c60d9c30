using Catalog.Access;
using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Complaints;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Complaints;

/// <summary>
/// The organisation's complaint roles: the complaints officers (the top of every escalation path) and each
/// department's head. Kept here, beside the complaints, so the directory's department roles stay as they are; a
/// person must be in the directory to be designated, and a head must belong to the department they head. Every
/// change is audited (<see cref="AuditEntityTypes.ComplaintPolicy"/>).
/// </summary>
[GrainType(ComplaintGrainTypes.Office)]
public sealed class ComplaintOfficeGrain(
    [PersistentState(ComplaintGrainTypes.OfficeState, StorageNames.Catalog)] IPersistentState<ComplaintOfficeState> state,
    IAuditRecorder audit,
    ILogger<ComplaintOfficeGrain> logger) : Grain, IComplaintOfficeGrain
{
    private AuditOutbox? outbox;

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public Task<ComplaintRolesView> GetAsync() => Task.FromResult(View());

    public async Task<ComplaintRolesView> SetOfficerAsync(Viewer viewer, string userId, bool officer)
    {
        Require(viewer);
        var id = CatalogUserValidator.NormalizeId(userId);
        _ = await PersonAsync(id);
        var was = state.State.Officers.Contains(id, StringComparer.Ordinal);
        if (was == officer)
        {
            return View();
        }

        if (officer)
        {
            state.State.Officers = [.. state.State.Officers.Append(id).Order(StringComparer.Ordinal)];
        }
        else
        {
            state.State.Officers.Remove(id);
        }

        await WriteAsync(id, ComplaintAuditActions.OfficerSet, [new AuditChange("complaintsOfficer", Text(was), Text(officer))]);
        return View();
    }

    public async Task<ComplaintRolesView> SetHeadAsync(Viewer viewer, string departmentId, string? userId)
    {
        Require(viewer);
        var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => string.Equals(d.Id, departmentId, StringComparison.Ordinal)))
        {
            throw new CatalogNotFoundException("department", departmentId);
        }

        string? head = null;
        if (!string.IsNullOrWhiteSpace(userId))
        {
            var person = await PersonAsync(CatalogUserValidator.NormalizeId(userId));
            if (!string.Equals(person.DepartmentId, departmentId, StringComparison.Ordinal))
            {
                throw new CatalogValidationException("userId", $"'{person.Id}' belongs to '{person.DepartmentId}': a head belongs to the department they head.");
            }

            head = person.Id;
        }

        var before = state.State.Heads.GetValueOrDefault(departmentId);
        if (string.Equals(before, head, StringComparison.Ordinal))
        {
            return View();
        }

        if (head is null)
        {
            state.State.Heads.Remove(departmentId);
        }
        else
        {
            state.State.Heads[departmentId] = head;
        }

        await WriteAsync(departmentId, ComplaintAuditActions.HeadSet, [new AuditChange("departmentHead", before, head)]);
        return View();
    }

    private static void Require(Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!ComplaintAccess.CanDesignate(viewer))
        {
            throw new CatalogForbiddenException("Only catalogue administrators designate complaints officers and department heads.");
        }
    }

    private async Task<CatalogUser> PersonAsync(string id) =>
        await GrainFactory.GetDirectory().FindAsync(id) ?? throw new CatalogNotFoundException("user", id);

    private ComplaintRolesView View() => new(
        [.. state.State.Officers],
        new Dictionary<string, string>(state.State.Heads, StringComparer.Ordinal));

    private static string Text(bool value) => value ? "true" : "false";

    private async Task WriteAsync(string entityId, string action, IReadOnlyList<AuditChange> changes)
    {
        Outbox.Add(AuditEntityTypes.ComplaintPolicy, entityId, action, changes);
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
