using Catalog.Catalogue;
using Catalog.Sla;

namespace Catalog.Requests;

/// <summary>Everything the intake resolved for a new request: the service version and the clocks it runs under.</summary>
[GenerateSerializer, Immutable, Alias("catalog.RequestFiling")]
public sealed record RequestFiling(
    [property: Id(0)] FileRequest Request,
    [property: Id(1)] ServiceEntry Service,
    [property: Id(2)] ResolvedClocks Clocks);
