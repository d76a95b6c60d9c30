using Catalog.Catalogue;

namespace Catalog.Grains.Tests.Sla;

/// <summary>A provider department, a client department and a service of the provider.</summary>
internal sealed record Parties(string Provider, string Client, ServiceEntry Service);
