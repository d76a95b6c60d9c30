using Catalog.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class CatalogueSearchTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    private ICatalogueIndexGrain Index => grains.GetCatalogueIndex();

    [Theory]
    [InlineData("equipement")]
    [InlineData("ÉQUIPEMENT")]
    [InlineData("Équipement réseau")]
    [InlineData("network gear")]
    [InlineData("network-gear")]
    public async Task Search_is_case_and_accent_insensitive_over_names_descriptions_and_id(string text)
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(department, "network-gear", "Équipement réseau", "Network equipment");
        await CreateAsync(department, "laptop-setup", "Préparation d'un portable", "Laptop setup");

        var result = await Index.SearchAsync(new CatalogueQuery(text, department));

        result.Items.Select(s => s.Id).Should().Equal($"{department}.network-gear");
        result.Total.Should().Be(1);
    }

    [Fact]
    public async Task Search_matches_the_description_in_either_language()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(department, "laptop-setup", "Préparation d'un portable", "Laptop setup");

        (await Index.SearchAsync(new CatalogueQuery("livraison", department))).Total.Should().Be(1);
        (await Index.SearchAsync(new CatalogueQuery("delivering", department))).Total.Should().Be(1);
        (await Index.SearchAsync(new CatalogueQuery("payroll", department))).Total.Should().Be(0);
    }

    [Fact]
    public async Task Search_filters_by_department_and_category()
    {
        var first = await TestDrafts.AddDepartmentAsync(grains);
        var second = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(first, "laptop-setup", "Portable", "Laptop");
        await CreateAsync(first, "office-suite", "Suite bureautique", "Office suite", category: "software");
        await CreateAsync(second, "laptop-setup", "Portable", "Laptop");

        var inFirst = await Index.SearchAsync(new CatalogueQuery(DepartmentId: first));
        var softwareInFirst = await Index.SearchAsync(new CatalogueQuery(DepartmentId: first, Category: "software"));

        inFirst.Items.Select(s => s.Id).Should().BeEquivalentTo([$"{first}.laptop-setup", $"{first}.office-suite"]);
        softwareInFirst.Items.Select(s => s.Id).Should().Equal($"{first}.office-suite");
    }

    [Fact]
    public async Task Retired_services_are_hidden_unless_asked_for()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(department, "laptop-setup", "Portable", "Laptop");
        await CreateAsync(department, "old-fax", "Télécopieur", "Fax machine");
        await grains.GetService($"{department}.old-fax").RetireAsync();

        var active = await Index.SearchAsync(new CatalogueQuery(DepartmentId: department));
        var all = await Index.SearchAsync(new CatalogueQuery(DepartmentId: department, IncludeRetired: true));

        active.Items.Select(s => s.Id).Should().Equal($"{department}.laptop-setup");
        all.Items.Should().HaveCount(2).And.ContainSingle(s => s.Retired && s.Id == $"{department}.old-fax");
    }

    [Fact]
    public async Task Results_are_sorted_by_name_in_the_requested_language()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(department, "a", "Zèbre", "Apple");
        await CreateAsync(department, "b", "Éléphant", "Mango");
        await CreateAsync(department, "c", "Autruche", "Zebra");

        var english = await Index.SearchAsync(new CatalogueQuery(DepartmentId: department));
        var french = await Index.SearchAsync(new CatalogueQuery(DepartmentId: department, Language: "fr"));

        english.Items.Select(s => s.Name.En).Should().Equal("Apple", "Mango", "Zebra");
        french.Items.Select(s => s.Name.Fr).Should().Equal("Autruche", "Éléphant", "Zèbre");
    }

    [Fact]
    public async Task The_index_holds_the_current_version_after_an_update()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        await CreateAsync(department, "laptop-setup", "Portable", "Laptop");
        await grains.GetService($"{department}.laptop-setup").UpdateAsync(
            TestDrafts.Service(department, "Portable", "Notebook computer"));

        var result = await Index.SearchAsync(new CatalogueQuery("notebook", department));

        result.Items.Should().ContainSingle().Which.Version.Should().Be(2);
    }

    private async Task CreateAsync(string department, string slug, string fr, string en, string category = "hardware") =>
        await grains.GetService(TestDrafts.ServiceId(department, slug))
            .CreateAsync(TestDrafts.Service(department, fr, en) with { Category = category });
}
