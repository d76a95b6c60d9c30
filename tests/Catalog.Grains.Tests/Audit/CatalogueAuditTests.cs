using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Grains.Tests.Catalogue;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

[Collection(ClusterCollection.Name)]
public sealed class CatalogueAuditTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Creating_a_service_records_who_created_it_from_where_and_every_field_it_set()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        ActAsInes();

        var created = await grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        var entry = fixture.Audit.For(AuditEntityTypes.Service, id).Should().ContainSingle().Subject;
        entry.Action.Should().Be("Created");
        entry.Caller.Should().Be(Ines);
        entry.At.Should().BeOnOrAfter(created.Current.ChangedAt).And.BeOnOrBefore(DateTimeOffset.UtcNow);
        entry.Changes.Should().Contain(
        [
            new AuditChange("version", null, "1"),
            new AuditChange("departmentId", null, department),
            new AuditChange("name.en", null, "Laptop setup"),
            new AuditChange("turnaround", null, "5 BusinessDays"),
            new AuditChange("cost", null, "185 CAD Fixed"),
            new AuditChange("steps", null, "Fill in the form."),
            new AuditChange("standards", null, "Acknowledgement 1 BusinessDays"),
        ]);
        entry.Changes.Should().NotContain(c => c.Field == "eligibleDepartments" || c.Field == "changeNote", "a new service leaves them empty");
    }

    [Fact]
    public async Task Updating_a_service_records_only_the_fields_that_differ_and_the_new_version()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        ActAsInes();

        await grains.GetService(id).UpdateAsync(
            TestDrafts.Service(department, en: "Laptop preparation") with { Cost = Cost.Fixed(210m), ChangeNote = "New price", ExpectedVersion = 1 });

        var entries = fixture.Audit.For(AuditEntityTypes.Service, id);
        entries.Select(e => e.Action).Should().Equal("Created", "Updated");
        entries[0].Caller.Should().Be(AuditCaller.Catalog, "no caller was set for the creation");
        entries[1].Caller.Should().Be(Ines);
        entries[1].Changes.Should().Equal(
            new AuditChange("version", "1", "2"),
            new AuditChange("name.en", "Laptop setup", "Laptop preparation"),
            new AuditChange("cost", "185 CAD Fixed", "210 CAD Fixed"),
            new AuditChange("changeNote", null, "New price"));
    }

    [Fact]
    public async Task Retiring_a_service_is_recorded()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        ActAsInes();

        await grains.GetService(id).RetireAsync();

        var entry = fixture.Audit.For(AuditEntityTypes.Service, id)[^1];
        entry.Action.Should().Be("Retired");
        entry.Caller.Should().Be(Ines);
        entry.Changes.Should().Equal(new AuditChange("retired", "false", "true"));
    }

    [Fact]
    public async Task A_refused_change_records_nothing()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));
        ActAsInes();

        var act = () => grains.GetService(id).UpdateAsync(TestDrafts.Service(department) with { ExpectedVersion = 7 });

        await act.Should().ThrowAsync<Errors.CatalogConflictException>();
        fixture.Audit.For(AuditEntityTypes.Service, id).Select(e => e.Action).Should().Equal("Created");
    }

    [Fact]
    public async Task Adding_a_department_records_its_names_and_time_zone()
    {
        var id = TestDrafts.NewDepartmentId();
        ActAsInes();

        await grains.GetCatalogueIndex().AddDepartmentAsync(TestDrafts.Department(id));

        var entry = fixture.Audit.For(AuditEntityTypes.Department, id).Should().ContainSingle().Subject;
        entry.Action.Should().Be("Created");
        entry.Caller.Should().Be(Ines);
        entry.Changes.Should().Equal(
            new AuditChange("name.fr", null, $"Département {id}"),
            new AuditChange("name.en", null, $"Department {id}"),
            new AuditChange("timeZone", null, "America/Toronto"));
    }
}
