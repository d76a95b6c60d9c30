namespace Catalog.Grains.WhatIf;

/// <summary>The grain type of the what-if grain: part of every grain id. Never change it.</summary>
internal static class WhatIfGrainTypes
{
    /// <summary>See <see cref="WhatIfGrain"/>.</summary>
    public const string WhatIf = "catalog.what-if";
}
