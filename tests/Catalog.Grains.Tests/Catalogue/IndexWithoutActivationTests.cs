using Catalog.Catalogue;
using Catalog.Grains.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class IndexWithoutActivationTests(ClusterFixture fixture)
{
    private static readonly GrainType ServiceGrainType = GrainType.Create(CatalogueGrainTypes.Service);
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Searches_and_department_lists_are_answered_without_activating_any_service_grain()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        foreach (var slug in new[] { "one", "two", "three" })
        {
            await grains.GetService($"{department}.{slug}").CreateAsync(TestDrafts.Service(department));
        }

        var management = grains.GetGrain<IManagementGrain>(0);
        (await management.GetActiveGrains(ServiceGrainType)).Should().NotBeEmpty();
        await DeactivateAllServiceGrainsAsync(management);

        var found = await grains.GetCatalogueIndex().SearchAsync(new CatalogueQuery("laptop", department, IncludeRetired: true));
        var everything = await grains.GetCatalogueIndex().SearchAsync(new CatalogueQuery(IncludeRetired: true, Language: "fr"));
        var departments = await grains.GetCatalogueIndex().ListDepartmentsAsync();

        found.Total.Should().Be(3);
        everything.Total.Should().BeGreaterThanOrEqualTo(3);
        departments.Single(d => d.Id == department).ServiceCount.Should().Be(3);
        (await management.GetActiveGrains(ServiceGrainType)).Should().BeEmpty();
    }

    private static async Task DeactivateAllServiceGrainsAsync(IManagementGrain management)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var active = await management.GetActiveGrains(ServiceGrainType);
            if (active.Count == 0)
            {
                return;
            }

            DateTime.UtcNow.Should().BeBefore(deadline, "service grains should deactivate when asked");
            foreach (var grain in active)
            {
                await management.DeactivateGrain(grain, CancellationToken.None);
            }

            await Task.Delay(50);
        }
    }
}
