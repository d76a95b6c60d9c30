using Catalog.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class CatalogueVisibilityTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    private ICatalogueIndexGrain Index => grains.GetCatalogueIndex();

    [Fact]
    public async Task A_restricted_service_is_hidden_from_a_department_not_allowed_to_request_it()
    {
        var (provider, _, other) = await RestrictedServiceAsync();

        var seen = await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: other));

        seen.Items.Select(s => s.Id).Should().Equal(TestDrafts.ServiceId(provider, "open"));
        seen.Total.Should().Be(1);
    }

    [Fact]
    public async Task A_restricted_service_is_shown_to_an_eligible_department_and_to_its_provider()
    {
        var (provider, eligible, _) = await RestrictedServiceAsync();

        var byEligible = await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: eligible));
        var byProvider = await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: provider));

        byEligible.Items.Select(s => s.Id).Should().BeEquivalentTo(Both(provider));
        byProvider.Items.Select(s => s.Id).Should().BeEquivalentTo(Both(provider));
        byEligible.Items.Single(s => s.Id == TestDrafts.ServiceId(provider, "restricted")).EligibleDepartments.Should().Equal(eligible);
    }

    [Fact]
    public async Task A_viewer_who_sees_all_finds_every_service_and_a_viewer_without_department_only_the_open_ones()
    {
        var (provider, _, _) = await RestrictedServiceAsync();

        var all = await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerSeesAll: true));
        var noDepartment = await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider));

        all.Items.Select(s => s.Id).Should().BeEquivalentTo(Both(provider));
        noDepartment.Items.Select(s => s.Id).Should().Equal(TestDrafts.ServiceId(provider, "open"));
    }

    [Fact]
    public async Task Department_counts_include_restricted_services()
    {
        var (provider, _, _) = await RestrictedServiceAsync();

        (await Index.ListDepartmentsAsync()).Single(d => d.Id == provider).ServiceCount.Should().Be(2);
    }

    [Fact]
    public async Task Restricting_an_open_service_hides_it_from_the_departments_left_out()
    {
        var provider = await TestDrafts.AddDepartmentAsync(grains);
        var eligible = await TestDrafts.AddDepartmentAsync(grains);
        var other = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(provider, "open");
        await grains.GetService(id).CreateAsync(TestDrafts.Service(provider));
        (await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: other))).Total.Should().Be(1);

        await grains.GetService(id).UpdateAsync(TestDrafts.Service(provider) with { EligibleDepartments = [eligible] });

        (await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: other))).Total.Should().Be(0);
        (await Index.SearchAsync(new CatalogueQuery(DepartmentId: provider, ViewerDepartmentId: eligible))).Total.Should().Be(1);
    }

    private static string[] Both(string provider) =>
        [TestDrafts.ServiceId(provider, "open"), TestDrafts.ServiceId(provider, "restricted")];

    /// <summary>A provider with an open service and one restricted to a second department; a third department is left out.</summary>
    private async Task<(string Provider, string Eligible, string Other)> RestrictedServiceAsync()
    {
        var provider = await TestDrafts.AddDepartmentAsync(grains);
        var eligible = await TestDrafts.AddDepartmentAsync(grains);
        var other = await TestDrafts.AddDepartmentAsync(grains);
        await grains.GetService(TestDrafts.ServiceId(provider, "open")).CreateAsync(TestDrafts.Service(provider));
        await grains.GetService(TestDrafts.ServiceId(provider, "restricted"))
            .CreateAsync(TestDrafts.Service(provider) with { EligibleDepartments = [eligible] });
        return (provider, eligible, other);
    }
}
