namespace Catalog.Approvals;

/// <summary>Typed access to the approval grains.</summary>
public static class ApprovalGrainFactoryExtensions
{
    /// <summary>The approval settings of a provider department.</summary>
    public static IApprovalSettingsGrain GetApprovalSettings(this IGrainFactory grains, string departmentId) =>
        grains.GetGrain<IApprovalSettingsGrain>(departmentId);
}
