using Catalog.Catalogue;
using Catalog.Domain.Catalogue;

namespace Catalog.Grains.Demo;

/// <summary>Builds the demo catalogue's drafts with sensible defaults.</summary>
internal static class DemoService
{
    /// <summary>A draft for service <paramref name="id"/>; standards default to <see cref="DemoStandards.For"/>.</summary>
    public static ServiceDraft Create(
        string id,
        string category,
        LocalizedText name,
        LocalizedText description,
        Target turnaround,
        Cost cost,
        LocalizedText[] steps,
        LocalizedText[]? equipment = null,
        LocalizedText[]? clientSupplies = null,
        string[]? eligibleDepartments = null,
        ServiceStandard[]? standards = null) =>
        new(
            CatalogueIds.DepartmentOf(id) ?? throw new ArgumentException($"'{id}' has no department.", nameof(id)),
            category,
            name,
            description,
            turnaround,
            cost,
            steps,
            equipment ?? [],
            clientSupplies ?? [],
            eligibleDepartments ?? [],
            standards ?? DemoStandards.For(turnaround),
            ChangeNote: "Publication initiale / Initial publication",
            Id: id);
}
