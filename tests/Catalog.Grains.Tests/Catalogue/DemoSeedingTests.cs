using Catalog.Catalogue;
using Catalog.Grains.Demo;
using Catalog.Grains.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Tests.Catalogue;

public sealed class DemoSeedingTests(DemoClusterFixture fixture) : IClassFixture<DemoClusterFixture>
{
    [Fact]
    public async Task A_silo_with_SeedDemoData_starts_with_the_demo_organisation()
    {
        var index = fixture.Grains.GetCatalogueIndex();

        var departments = await index.ListDepartmentsAsync();
        var services = await index.SearchAsync(new CatalogueQuery(IncludeRetired: true, ViewerSeesAll: true));

        departments.Should().HaveCountGreaterThanOrEqualTo(6).And.OnlyContain(d => d.ServiceCount >= 4);
        services.Total.Should().Be(DemoCatalogue.Services.Count).And.BeGreaterThanOrEqualTo(30);
        (await fixture.Grains.GetService("it.laptop-setup").GetAsync()).Current.Name.Fr
            .Should().Be("Préparation d'un ordinateur portable");
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        var (departments, services) = await Seeder(fixture.Grains).SeedAsync(CancellationToken.None);

        (departments, services).Should().Be((0, 0));
        (await fixture.Grains.GetCatalogueIndex().SearchAsync(new CatalogueQuery(IncludeRetired: true, ViewerSeesAll: true)))
            .Items.Should().OnlyContain(s => s.Version == 1);
    }

    [Fact]
    public async Task Seeding_after_a_partial_seed_completes_it()
    {
        await using var cluster = await ClusterFixture.StartClusterAsync(new Dictionary<string, string?>());
        var index = cluster.GrainFactory.GetCatalogueIndex();
        foreach (var department in DemoCatalogue.Departments.Take(2))
        {
            await index.AddDepartmentAsync(department);
        }

        var first = DemoCatalogue.Services.First(s => s.DepartmentId == DemoCatalogue.Departments[0].Id);
        await cluster.GrainFactory.GetService(first.Id!).CreateAsync(first);

        var added = await Seeder(cluster.GrainFactory).SeedAsync(CancellationToken.None);

        added.Should().Be((DemoCatalogue.Departments.Count - 2, DemoCatalogue.Services.Count - 1));
        (await index.SearchAsync(new CatalogueQuery(IncludeRetired: true, ViewerSeesAll: true))).Total.Should().Be(DemoCatalogue.Services.Count);
    }

    [Fact]
    public async Task Seeding_leaves_a_catalogue_with_other_data_alone()
    {
        await using var cluster = await ClusterFixture.StartClusterAsync(new Dictionary<string, string?>());
        await cluster.GrainFactory.GetCatalogueIndex().AddDepartmentAsync(TestDrafts.Department("acme"));

        var added = await Seeder(cluster.GrainFactory).SeedAsync(CancellationToken.None);

        added.Should().Be((0, 0));
        (await cluster.GrainFactory.GetCatalogueIndex().ListDepartmentsAsync()).Should().ContainSingle();
    }

    private static DemoDataSeeder Seeder(IGrainFactory grains) => new(
        grains,
        Options.Create(new CatalogGrainsOptions { SeedDemoData = true }),
        NullLogger<DemoDataSeeder>.Instance);
}
