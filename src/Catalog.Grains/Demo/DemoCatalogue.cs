using Catalog.Catalogue;

namespace Catalog.Grains.Demo;

/// <summary>The demo organisation: its departments and every service they provide.</summary>
internal static class DemoCatalogue
{
    public static IReadOnlyList<DepartmentDraft> Departments => DemoDepartments.All;

    public static IReadOnlyList<ServiceDraft> Services { get; } =
    [
        .. ItServices.All,
        .. HrServices.All,
        .. FinanceServices.All,
        .. FacilitiesServices.All,
        .. LegalServices.All,
        .. CommunicationsServices.All,
        .. ProcurementServices.All,
        .. OtherRequestServices.All,
    ];
}
