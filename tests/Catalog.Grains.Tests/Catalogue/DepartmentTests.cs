using Catalog.Catalogue;
using Catalog.Errors;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class DepartmentTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_department_is_listed_with_its_count_of_active_services()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await grains.GetService($"{department}.a").CreateAsync(TestDrafts.Service(department));
        await grains.GetService($"{department}.b").CreateAsync(TestDrafts.Service(department));
        await grains.GetService($"{department}.b").RetireAsync();

        var listed = (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Single(d => d.Id == department);

        listed.Should().Be(new Department(department, TestDrafts.Department(department).Name, "America/Toronto", 1));
    }

    [Fact]
    public async Task Adding_a_department_twice_is_a_conflict()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);

        var act = () => grains.GetCatalogueIndex().AddDepartmentAsync(TestDrafts.Department(department));

        await act.Should().ThrowAsync<CatalogConflictException>();
    }

    [Fact]
    public async Task An_invalid_department_names_the_fields_and_is_not_added()
    {
        var draft = new DepartmentDraft("Bad Id!", new LocalizedText("", "Bad"), "Mars/Olympus_Mons");

        var act = () => grains.GetCatalogueIndex().AddDepartmentAsync(draft);

        (await act.Should().ThrowAsync<CatalogValidationException>())
            .Which.Errors.Keys.Should().BeEquivalentTo(["id", "name.fr", "timeZone"]);
        (await grains.GetCatalogueIndex().ListDepartmentsAsync()).Should().NotContain(d => d.Id == "Bad Id!");
    }
}
