using Catalog.Access;
using Catalog.Audit;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Grains.Complaints;
using Catalog.Grains.Tests.Access;

namespace Catalog.Grains.Tests.Complaints;

[Collection(DirectoryCollection.Name)]
public sealed class ComplaintsDemoTests(DirectoryClusterFixture fixture)
{
    [Fact]
    public async Task A_silo_with_SeedDemoData_designates_a_head_in_every_department_and_a_complaints_officer_as_the_system()
    {
        var roles = await fixture.Grains.GetComplaintOffice().GetAsync();

        roles.Officers.Should().Equal(ComplaintsDemo.OfficerId);
        roles.Heads.Should().HaveCount(7).And.Contain("it", "it.head").And.Contain("hr", "hr.head");
        foreach (var (department, head) in roles.Heads)
        {
            var person = await fixture.Grains.GetDirectory().FindAsync(head);
            person.Should().NotBeNull();
            person!.DepartmentId.Should().Be(department, "a head belongs to the department they head");
            person.Role.Should().Be(DepartmentRole.Manager);
        }

        fixture.Audit.For(AuditEntityTypes.ComplaintPolicy, "it").Should().ContainSingle()
            .Which.Caller.Should().Be(AuditCaller.Catalog);
    }

    [Fact]
    public async Task Only_administrators_designate_and_a_head_must_belong_to_the_department()
    {
        var office = fixture.Grains.GetComplaintOffice();
        var manager = new Viewer("it.manager", "it", DepartmentRole.Manager);
        var admin = new Viewer("catalogue.admin", "it", DepartmentRole.Manager, CatalogueAdministrator: true);

        await office.Invoking(o => o.SetHeadAsync(manager, "it", "it.manager")).Should().ThrowAsync<Catalog.Errors.CatalogForbiddenException>();
        await office.Invoking(o => o.SetHeadAsync(admin, "it", "hr.manager")).Should().ThrowAsync<Catalog.Errors.CatalogValidationException>();
        await office.Invoking(o => o.SetOfficerAsync(admin, "nobody." + Guid.NewGuid().ToString("N")[..6], true)).Should().ThrowAsync<Catalog.Errors.CatalogNotFoundException>();
    }
}
