namespace Catalog.Sla;

/// <summary>Finds the SLA grains.</summary>
public static class SlaGrainFactoryExtensions
{
    /// <summary>The provider department's agreements.</summary>
    public static IAgreementBookGrain GetAgreementBook(this IGrainFactory grains, string providerDepartmentId) =>
        grains.GetGrain<IAgreementBookGrain>(providerDepartmentId);

    /// <summary>The department's business calendar.</summary>
    public static ICalendarGrain GetCalendar(this IGrainFactory grains, string departmentId) =>
        grains.GetGrain<ICalendarGrain>(departmentId);
}
