namespace Catalog.WhatIf;

/// <summary>Finds the what-if grains.</summary>
public static class WhatIfGrainFactoryExtensions
{
    /// <summary>The what-if previews and migrations of a provider department.</summary>
    public static IWhatIfGrain GetWhatIf(this IGrainFactory grains, string departmentId) =>
        grains.GetGrain<IWhatIfGrain>(departmentId);

    /// <summary>A request as previews and migrations reach it.</summary>
    public static IRequestWhatIfGrain GetRequestWhatIf(this IGrainFactory grains, string requestId) =>
        grains.GetGrain<IRequestWhatIfGrain>(requestId);
}
