using Catalog.Catalogue;
using Catalog.Errors;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class ServiceGrainTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Create_stores_version_1_of_the_draft()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        var before = DateTimeOffset.UtcNow;

        var created = await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        var fetched = await grains.GetService(id).GetAsync();

        created.Id.Should().Be(id);
        created.Retired.Should().BeFalse();
        created.Current.Version.Should().Be(1);
        created.Current.Name.En.Should().Be("Laptop setup");
        created.Current.Cost.Should().Be(Cost.Fixed(185m));
        created.Current.ChangedAt.Should().BeOnOrAfter(before).And.BeOnOrBefore(DateTimeOffset.UtcNow);
        created.Versions.Should().ContainSingle();
        fetched.Should().BeEquivalentTo(created);
    }

    [Fact]
    public async Task Get_of_an_unknown_service_throws_not_found()
    {
        var act = () => grains.GetService("nowhere.nothing").GetAsync();

        (await act.Should().ThrowAsync<CatalogNotFoundException>()).Which.Id.Should().Be("nowhere.nothing");
    }

    [Fact]
    public async Task Update_appends_a_version_and_keeps_the_old_one_as_it_was()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        var v1 = (await grains.GetService(id).CreateAsync(TestDrafts.Service(department))).Current;

        var updated = await grains.GetService(id).UpdateAsync(
            TestDrafts.Service(department) with { Cost = Cost.Fixed(210m), ChangeNote = "New price", ExpectedVersion = 1 });

        updated.Current.Version.Should().Be(2);
        updated.Current.Cost.Should().Be(Cost.Fixed(210m));
        updated.Current.ChangeNote.Should().Be("New price");
        updated.Versions.Select(v => v.Version).Should().Equal(1, 2);
        updated.Versions[0].Should().BeEquivalentTo(v1);
        (await grains.GetService(id).GetVersionAsync(1)).Cost.Should().Be(Cost.Fixed(185m));
        (await grains.GetService(id).GetVersionAsync(2)).Cost.Should().Be(Cost.Fixed(210m));
    }

    [Fact]
    public async Task Update_with_a_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        await grains.GetService(id).UpdateAsync(TestDrafts.Service(department) with { ExpectedVersion = 1 });

        var act = () => grains.GetService(id).UpdateAsync(TestDrafts.Service(department) with { ExpectedVersion = 1 });

        await act.Should().ThrowAsync<CatalogConflictException>();
        (await grains.GetService(id).GetAsync()).Versions.Should().HaveCount(2);
    }

    [Fact]
    public async Task Create_of_an_existing_id_is_a_conflict()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        var act = () => grains.GetService(id).CreateAsync(TestDrafts.Service(department, en: "Other"));

        await act.Should().ThrowAsync<CatalogConflictException>();
        (await grains.GetService(id).GetAsync()).Current.Name.En.Should().Be("Laptop setup");
    }

    [Fact]
    public async Task Update_of_an_unknown_service_throws_not_found()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);

        var act = () => grains.GetService(TestDrafts.ServiceId(department)).UpdateAsync(TestDrafts.Service(department));

        await act.Should().ThrowAsync<CatalogNotFoundException>();
    }

    [Fact]
    public async Task Retire_marks_the_service_retired_and_keeps_its_versions()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        var retired = await grains.GetService(id).RetireAsync();

        retired.Retired.Should().BeTrue();
        retired.RetiredAt.Should().NotBeNull();
        retired.Current.Version.Should().Be(1);
        retired.Versions.Should().OnlyContain(v => v.Retired);
    }

    [Fact]
    public async Task Update_or_retire_of_a_retired_service_is_a_conflict()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        await grains.GetService(id).RetireAsync();

        var update = () => grains.GetService(id).UpdateAsync(TestDrafts.Service(department));
        var retire = () => grains.GetService(id).RetireAsync();

        await update.Should().ThrowAsync<CatalogConflictException>();
        await retire.Should().ThrowAsync<CatalogConflictException>();
    }

    [Fact]
    public async Task An_unknown_version_number_is_not_found()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        var act = () => grains.GetService(id).GetVersionAsync(2);

        await act.Should().ThrowAsync<CatalogNotFoundException>();
    }
}
