using Catalog.Domain.Access;
using Orleans.Concurrency;

namespace Catalog.Complaints;

/// <summary>
/// The organisation's complaint roles (key <see cref="ComplaintGrainFactoryExtensions.OrganisationKey"/>): who the
/// complaints officers are and who heads each department. Catalogue administrators change them; every change is audited.
/// </summary>
public interface IComplaintOfficeGrain : IGrainWithStringKey
{
    /// <summary>The officers and heads.</summary>
    [ReadOnly]
    Task<ComplaintRolesView> GetAsync();

    /// <summary>Makes <paramref name="userId"/> a complaints officer, or not; 403 unless <paramref name="viewer"/> is an administrator.</summary>
    Task<ComplaintRolesView> SetOfficerAsync(Viewer viewer, string userId, bool officer);

    /// <summary>Designates the head of <paramref name="departmentId"/> (null: none); 403 unless <paramref name="viewer"/> is an administrator.</summary>
    Task<ComplaintRolesView> SetHeadAsync(Viewer viewer, string departmentId, string? userId);
}
