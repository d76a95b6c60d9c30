using Catalog.Access;
using Catalog.Domain.Access;
using Catalog.Domain.Catalogue;
using Catalog.Grains.Demo;
using Catalog.Requests;

using Catalog.Grains.Requests;

namespace Catalog.Grains.Tests.Access;

[Collection(DirectoryCollection.Name)]
public sealed class DemoDirectoryTests(DirectoryClusterFixture fixture)
{
    private static readonly HashSet<string> DepartmentIds = DemoCatalogue.Departments.Select(d => d.Id).ToHashSet();

    [Fact]
    public void Every_demo_department_has_a_requester_an_agent_and_a_manager_with_names_unique_across_the_organisation()
    {
        foreach (var department in DepartmentIds)
        {
            DemoDirectory.People.Where(p => p.DepartmentId == department && !p.CatalogueAdministrator && !p.Auditor)
                .Select(p => (p.Id, p.Role))
                .Should().BeEquivalentTo([
                    ($"{department}.requester", DepartmentRole.Requester),
                    ($"{department}.agent", DepartmentRole.Agent),
                    ($"{department}.manager", DepartmentRole.Manager)]);
        }

        DemoDirectory.People.Should().HaveCount(3 * DepartmentIds.Count + 2);
        DemoDirectory.People.Select(p => p.Id).Should().OnlyHaveUniqueItems();
        DemoDirectory.People.Select(p => p.DisplayName).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_demo_has_a_catalogue_administrator_managing_it_and_an_auditor_requesting_for_finance()
    {
        DemoDirectory.People.Should().ContainSingle(p => p.CatalogueAdministrator).Which
            .Should().Match<CatalogUser>(p => p.Id == "catalogue.admin" && p.DepartmentId == "it" && p.Role == DepartmentRole.Manager && !p.Auditor);
        DemoDirectory.People.Should().ContainSingle(p => p.Auditor).Which
            .Should().Match<CatalogUser>(p => p.Id == "org.auditor" && p.DepartmentId == "finance" && p.Role == DepartmentRole.Requester);
    }

    [Fact]
    public void Every_demo_person_passes_validation_as_stored()
    {
        foreach (var person in DemoDirectory.People)
        {
            CatalogUserValidator.Normalize(person).Should().Be(person);
            CatalogUserValidator.Validate(person, DepartmentIds).Should().BeEmpty("demo person {0} must be valid", person.Id);
        }
    }

    [Fact]
    public void Every_demo_request_is_for_a_service_its_client_may_request_and_see()
    {
        foreach (var (client, serviceId) in DemoRequests.Pairs)
        {
            var service = DemoCatalogue.Services.Single(s => s.Id == serviceId);
            var requester = DemoDirectory.People.Single(p => p.Id == DemoDirectory.Requester(client));
            (service.EligibleDepartments.Count == 0 || service.EligibleDepartments.Contains(client))
                .Should().BeTrue("{0} may request {1}", client, serviceId);
            AccessPolicy.CanSeeService(requester.ToViewer(), service.DepartmentId, service.EligibleDepartments).Should().BeTrue();
            AccessPolicy.CanFileFor(requester.ToViewer(), client).Should().BeTrue();
        }
    }

    [Fact]
    public async Task A_silo_with_SeedDemoData_starts_with_the_demo_people_in_the_directory()
    {
        var directory = fixture.Grains.GetDirectory();

        foreach (var person in DemoDirectory.People)
        {
            (await directory.FindAsync(person.Id)).Should().Be(person);
        }

        // With HR's head, whom the complaints demo adds (ComplaintsDemo).
        (await directory.ListAsync("hr")).Select(p => p.DisplayName).Should().Equal("Chantal Gauthier", "Isabelle Fortin", "Marie Tremblay", "Sophie Martin");
        fixture.Audit.For(Catalog.Audit.AuditEntityTypes.User, "hr.manager").Should().ContainSingle()
            .Which.Caller.Should().Be(Catalog.Audit.AuditCaller.Catalog);
    }

    [Fact]
    public async Task Seeding_the_directory_again_adds_nobody()
    {
        var before = fixture.Audit.Recorded.Count;

        (await DemoDirectory.SeedAsync(fixture.Grains, CancellationToken.None)).Should().Be(0);

        fixture.Audit.Recorded.Should().HaveCount(before);
    }

    [Fact]
    public async Task Demo_requests_are_filed_by_the_client_requester_and_worked_by_the_provider_agent()
    {
        var filed = await fixture.Grains.GetRequestQueries().ListAsync(new QueueQuery(QueueRole.Client, "hr"));

        filed.Items.Should().NotBeEmpty().And.OnlyContain(r => r.Requester == "hr.requester");
        var laptop = filed.Items.Single(r => r.ServiceId == "it.laptop-setup");
        var view = await fixture.Grains.GetRequest(laptop.Id).GetAsync();
        // A paid service: the agent works it, and its requester accepted the written quote first.
        view.History.Where(t => t.Step != RequestSteps.QuoteAccepted).Should().NotBeEmpty().And.OnlyContain(t => t.By == "it.agent");
        view.History.Where(t => t.Step == RequestSteps.QuoteAccepted).Should().ContainSingle().Which.By.Should().Be("hr.requester");
        var providers = DemoRequests.Pairs.Select(p => CatalogueIds.DepartmentOf(p.Service)).Distinct();
        providers.Should().OnlyContain(d => DemoDirectory.People.Any(p => p.Id == DemoDirectory.Agent(d!) && p.Role == DepartmentRole.Agent));
    }
}
