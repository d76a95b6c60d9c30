using Catalog.Catalogue;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Sla;

namespace Catalog.Grains.Tests.Sla;

/// <summary>Fresh departments, a service with known standards, and agreement drafts, so tests sharing a cluster never meet.</summary>
internal static class SlaTestData
{
    /// <summary>The test service's turnaround: 8 business days (not a default, so the tests can tell it apart).</summary>
    public static Target Turnaround { get; } = Target.BusinessDays(8);

    /// <summary>The test service's only standard: acknowledgement within 3 business hours.</summary>
    public static Target AcknowledgementStandard { get; } = Target.BusinessHours(3);

    /// <summary>A provider with one service (category "hardware") and a client department, all new.</summary>
    public static async Task<Parties> PartiesAsync(IGrainFactory grains)
    {
        var provider = await TestDrafts.AddDepartmentAsync(grains);
        var client = await TestDrafts.AddDepartmentAsync(grains);
        var service = await grains.GetService(TestDrafts.ServiceId(provider)).CreateAsync(Service(provider));
        return new Parties(provider, client, service.Current);
    }

    /// <summary>A laptop set-up taking 8 business days, acknowledged within 3 business hours.</summary>
    public static ServiceDraft Service(string departmentId) => TestDrafts.Service(departmentId) with
    {
        Turnaround = Turnaround,
        Standards = [new ServiceStandard(ClockKind.Acknowledgement, AcknowledgementStandard, new LocalizedText("Accusé en 3 h.", "Acknowledged in 3 h."))],
    };

    /// <summary>A draft for <paramref name="client"/> naming <paramref name="clocks"/> (resolution in 1 business day when none).</summary>
    public static AgreementDraft Draft(
        string client, AgreementScope scope = AgreementScope.AllServices, string? scopeValue = null, params ClockPolicy[] clocks) =>
        new(client, scope, scopeValue, clocks.Length > 0 ? clocks : [Resolution(Target.BusinessDays(1))]);

    /// <summary>A resolution clock.</summary>
    public static ClockPolicy Resolution(Target target, double warningRatio = ClockPolicy.DefaultWarningRatio) =>
        new(ClockKind.Resolution, target, warningRatio);

    /// <summary>The resolved policy of one clock.</summary>
    public static ClockPolicy Clock(this ResolvedClocks resolved, ClockKind kind) => resolved.Clocks.Single(c => c.Kind == kind);
}
