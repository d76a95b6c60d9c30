using Catalog.Domain.Access;
using Catalog.Domain.Requests;

namespace Catalog.Domain.Tests.Access;

public sealed class AccessPolicyTests
{
    private const string It = "it";
    private const string Hr = "hr";
    private const string Finance = "finance";

    private static readonly RequestAction[] Everything = Enum.GetValues<RequestAction>();

    private static Viewer Person(string? department, DepartmentRole role = DepartmentRole.Requester) => new("someone", department, role);

    private static Viewer Administrator { get; } = new("catalogue.admin", It, DepartmentRole.Manager, CatalogueAdministrator: true);

    private static Viewer Auditor { get; } = new("org.auditor", Finance, DepartmentRole.Requester, Auditor: true);

    [Fact]
    public void A_viewer_is_in_their_own_department_only_and_has_the_roles_up_to_theirs()
    {
        var agent = Person(It, DepartmentRole.Agent);

        agent.IsIn(It).Should().BeTrue();
        agent.IsIn("IT").Should().BeFalse();
        agent.IsIn(Hr).Should().BeFalse();
        agent.Has(DepartmentRole.Requester, It).Should().BeTrue();
        agent.Has(DepartmentRole.Agent, It).Should().BeTrue();
        agent.Has(DepartmentRole.Manager, It).Should().BeFalse();
        agent.Has(DepartmentRole.Requester, Hr).Should().BeFalse();
        Person(null, DepartmentRole.Manager).IsIn(It).Should().BeFalse();
    }

    [Theory]
    [InlineData(It, true)]
    [InlineData(Hr, true)]
    [InlineData(Finance, false)]
    [InlineData(null, false)]
    public void A_request_is_seen_by_its_provider_and_client_departments_only(string? department, bool sees)
    {
        AccessPolicy.CanSeeRequest(Person(department), It, Hr).Should().Be(sees);
    }

    [Fact]
    public void Auditors_see_every_request_and_administrators_only_their_departments()
    {
        AccessPolicy.CanSeeRequest(Auditor, It, Hr).Should().BeTrue();
        AccessPolicy.CanSeeRequest(Administrator with { DepartmentId = Finance }, It, Hr).Should().BeFalse();
        AccessPolicy.CanSeeRequest(Administrator, It, Hr).Should().BeTrue();
    }

    [Theory]
    [InlineData(It, DepartmentRole.Agent, RequestSide.Provider)]
    [InlineData(It, DepartmentRole.Manager, RequestSide.Provider)]
    [InlineData(It, DepartmentRole.Requester, null)]
    [InlineData(Hr, DepartmentRole.Requester, RequestSide.Client)]
    [InlineData(Hr, DepartmentRole.Agent, RequestSide.Client)]
    [InlineData(Hr, DepartmentRole.Manager, RequestSide.Client)]
    [InlineData(Finance, DepartmentRole.Manager, null)]
    [InlineData(null, DepartmentRole.Manager, null)]
    public void The_provider_agents_and_managers_act_as_provider_and_anyone_of_the_client_as_client(
        string? department, DepartmentRole role, RequestSide? side)
    {
        AccessPolicy.SideIn(Person(department, role), It, Hr).Should().Be(side);
    }

    [Theory]
    [InlineData(DepartmentRole.Requester, RequestSide.Client)]
    [InlineData(DepartmentRole.Agent, RequestSide.Provider)]
    [InlineData(DepartmentRole.Manager, RequestSide.Provider)]
    public void In_a_request_a_department_files_with_itself_its_agents_act_as_provider_and_its_requesters_as_client(
        DepartmentRole role, RequestSide side)
    {
        AccessPolicy.SideIn(Person(It, role), It, It).Should().Be(side);
        AccessPolicy.CanSeeRequest(Person(It, role), It, It).Should().BeTrue();
    }

    [Fact]
    public void A_requester_of_the_provider_department_sees_its_requests_but_cannot_act_on_them()
    {
        var requester = Person(It);

        AccessPolicy.CanSeeRequest(requester, It, Hr).Should().BeTrue();
        AccessPolicy.SideIn(requester, It, Hr).Should().BeNull();
        AccessPolicy.ActionsFor(AccessPolicy.SideIn(requester, It, Hr), Everything).Should().BeEmpty();
    }

    [Fact]
    public void Auditors_and_administrators_of_other_departments_cannot_act_on_a_request()
    {
        AccessPolicy.SideIn(Auditor, It, Hr).Should().BeNull();
        AccessPolicy.SideIn(Administrator with { DepartmentId = Finance }, It, Hr).Should().BeNull();
    }

    [Fact]
    public void The_client_side_comments_resumes_cancels_closes_and_reopens_and_the_provider_side_does_everything()
    {
        Everything.Where(a => AccessPolicy.SideMay(RequestSide.Client, a)).Should().BeEquivalentTo(
            [RequestAction.Comment, RequestAction.Resume, RequestAction.Cancel, RequestAction.Close, RequestAction.Reopen]);
        Everything.Should().OnlyContain(a => AccessPolicy.SideMay(RequestSide.Provider, a));
    }

    [Fact]
    public void The_actions_offered_are_those_the_status_allows_that_the_side_may_take_in_their_order()
    {
        RequestAction[] allowed = [RequestAction.Acknowledge, RequestAction.Comment, RequestAction.Cancel, RequestAction.WaitOnClient];

        AccessPolicy.ActionsFor(RequestSide.Client, allowed).Should().Equal(RequestAction.Comment, RequestAction.Cancel);
        AccessPolicy.ActionsFor(RequestSide.Provider, allowed).Should().Equal(allowed);
        AccessPolicy.ActionsFor(null, allowed).Should().BeEmpty();
        AccessPolicy.ActionsFor(RequestSide.Client, []).Should().BeEmpty();
    }

    [Theory]
    [InlineData(Hr, DepartmentRole.Requester, true)]
    [InlineData(Hr, DepartmentRole.Manager, true)]
    [InlineData(It, DepartmentRole.Manager, false)]
    [InlineData(null, DepartmentRole.Manager, false)]
    public void People_file_requests_for_their_own_department_only(string? department, DepartmentRole role, bool may)
    {
        AccessPolicy.CanFileFor(Person(department, role), Hr).Should().Be(may);
    }

    [Fact]
    public void Administrators_and_auditors_file_only_for_their_own_department()
    {
        AccessPolicy.CanFileFor(Administrator, Hr).Should().BeFalse();
        AccessPolicy.CanFileFor(Auditor, Hr).Should().BeFalse();
        AccessPolicy.CanFileFor(Auditor, Finance).Should().BeTrue();
    }

    [Fact]
    public void A_queue_is_seen_by_its_department_and_auditors_and_the_organisation_board_by_auditors_only()
    {
        AccessPolicy.CanSeeQueue(Person(It), It).Should().BeTrue();
        AccessPolicy.CanSeeQueue(Person(Hr, DepartmentRole.Manager), It).Should().BeFalse();
        AccessPolicy.CanSeeQueue(Person(null), It).Should().BeFalse();
        AccessPolicy.CanSeeQueue(Auditor, It).Should().BeTrue();
        AccessPolicy.CanSeeQueue(Administrator, Hr).Should().BeFalse();

        AccessPolicy.CanSeeOrganisationBoard(Auditor).Should().BeTrue();
        AccessPolicy.CanSeeOrganisationBoard(Administrator).Should().BeFalse();
        AccessPolicy.CanSeeOrganisationBoard(Person(It, DepartmentRole.Manager)).Should().BeFalse();
    }

    [Theory]
    [InlineData(It, true)]
    [InlineData(Hr, true)]
    [InlineData(Finance, false)]
    [InlineData(null, false)]
    public void A_restricted_service_is_seen_by_its_provider_and_its_eligible_departments(string? department, bool sees)
    {
        AccessPolicy.CanSeeService(Person(department), It, [Hr]).Should().Be(sees);
    }

    [Theory]
    [InlineData(It)]
    [InlineData(Finance)]
    [InlineData(null)]
    public void A_service_open_to_every_department_is_seen_by_anyone(string? department)
    {
        AccessPolicy.CanSeeService(Person(department), It, []).Should().BeTrue();
    }

    [Fact]
    public void Administrators_and_auditors_see_every_service()
    {
        AccessPolicy.CanSeeService(Administrator with { DepartmentId = Finance }, It, [Hr]).Should().BeTrue();
        AccessPolicy.CanSeeService(Auditor, It, [Hr]).Should().BeTrue();
        AccessPolicy.CanSeeService(Auditor with { DepartmentId = null }, It, [Hr]).Should().BeTrue();
    }

    [Theory]
    [InlineData(It, DepartmentRole.Manager, true)]
    [InlineData(It, DepartmentRole.Agent, false)]
    [InlineData(It, DepartmentRole.Requester, false)]
    [InlineData(Hr, DepartmentRole.Manager, false)]
    [InlineData(null, DepartmentRole.Manager, false)]
    public void Managers_manage_their_own_department_only(string? department, DepartmentRole role, bool may)
    {
        AccessPolicy.CanManage(Person(department, role), It).Should().Be(may);
    }

    [Fact]
    public void Administrators_manage_every_department_and_auditors_none()
    {
        AccessPolicy.CanManage(Administrator, Hr).Should().BeTrue();
        AccessPolicy.CanManage(Administrator with { DepartmentId = null, Role = DepartmentRole.Requester }, Hr).Should().BeTrue();
        AccessPolicy.CanManage(Auditor, Finance).Should().BeFalse();
        AccessPolicy.CanManage(Auditor with { Role = DepartmentRole.Agent }, Finance).Should().BeFalse();
    }

    [Fact]
    public void Only_administrators_add_departments_and_only_auditors_read_the_audit_trail()
    {
        AccessPolicy.CanAddDepartments(Administrator).Should().BeTrue();
        AccessPolicy.CanAddDepartments(Auditor).Should().BeFalse();
        AccessPolicy.CanAddDepartments(Person(It, DepartmentRole.Manager)).Should().BeFalse();

        AccessPolicy.CanReadAudit(Auditor).Should().BeTrue();
        AccessPolicy.CanReadAudit(Administrator).Should().BeFalse();
        AccessPolicy.CanReadAudit(Person(It, DepartmentRole.Manager)).Should().BeFalse();
    }

    [Fact]
    public void People_are_listed_to_administrators_auditors_and_the_managers_of_their_department()
    {
        AccessPolicy.CanSeePeople(Administrator, null).Should().BeTrue();
        AccessPolicy.CanSeePeople(Auditor, Hr).Should().BeTrue();
        AccessPolicy.CanSeePeople(Auditor, null).Should().BeTrue();
        AccessPolicy.CanSeePeople(Person(Hr, DepartmentRole.Manager), Hr).Should().BeTrue();
        AccessPolicy.CanSeePeople(Person(Hr, DepartmentRole.Manager), null).Should().BeFalse();
        AccessPolicy.CanSeePeople(Person(Hr, DepartmentRole.Manager), It).Should().BeFalse();
        AccessPolicy.CanSeePeople(Person(Hr, DepartmentRole.Agent), Hr).Should().BeFalse();
    }

    [Theory]
    [InlineData(Hr, null, false, true)]
    [InlineData(Hr, Hr, false, true)]
    [InlineData(Hr, It, false, false)]
    [InlineData(It, Hr, false, false)]
    [InlineData(It, null, false, false)]
    [InlineData(Hr, Hr, true, false)]
    [InlineData(Hr, null, true, false)]
    public void A_manager_assigns_department_roles_within_their_own_department_only(
        string department, string? previousDepartment, bool organisationRoles, bool may)
    {
        AccessPolicy.CanAssign(Person(Hr, DepartmentRole.Manager), department, previousDepartment, organisationRoles).Should().Be(may);
    }

    [Theory]
    [InlineData(Hr, null, false)]
    [InlineData(Hr, It, false)]
    [InlineData(Hr, It, true)]
    [InlineData(Finance, Finance, true)]
    public void An_administrator_assigns_any_role_in_any_department_and_moves_people(
        string department, string? previousDepartment, bool organisationRoles)
    {
        AccessPolicy.CanAssign(Administrator, department, previousDepartment, organisationRoles).Should().BeTrue();
    }

    [Fact]
    public void Agents_requesters_and_auditors_assign_nothing()
    {
        AccessPolicy.CanAssign(Person(Hr, DepartmentRole.Agent), Hr, Hr, false).Should().BeFalse();
        AccessPolicy.CanAssign(Person(Hr), Hr, null, false).Should().BeFalse();
        AccessPolicy.CanAssign(Auditor, Finance, Finance, false).Should().BeFalse();
    }
}
