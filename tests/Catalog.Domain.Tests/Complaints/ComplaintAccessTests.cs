using Catalog.Domain.Access;
using Catalog.Domain.Complaints;

namespace Catalog.Domain.Tests.Complaints;

public sealed class ComplaintAccessTests
{
    private static readonly ComplaintRoles Roles = new(["org.complaints"], new Dictionary<string, string> { ["it"] = "it.head" });
    private static readonly Viewer ItAgent = new("it.agent", "it", DepartmentRole.Agent);
    private static readonly Viewer ItManager = new("it.manager", "it", DepartmentRole.Manager);
    private static readonly Viewer ItHead = new("it.head", "it", DepartmentRole.Manager);
    private static readonly Viewer Officer = new("org.complaints", "legal", DepartmentRole.Requester);
    private static readonly Viewer HrRequester = new("hr.requester", "hr", DepartmentRole.Requester);
    private static readonly Viewer HrColleague = new("hr.agent", "hr", DepartmentRole.Agent);
    private static readonly Viewer Auditor = new("org.auditor", "finance", DepartmentRole.Requester, Auditor: true);

    [Fact]
    public void Each_level_is_worked_by_its_holders_and_those_above()
    {
        ComplaintAccess.CanWork(ItAgent, Roles, "it", ComplaintLevel.Agent).Should().BeTrue();
        ComplaintAccess.CanWork(ItAgent, Roles, "it", ComplaintLevel.Manager).Should().BeFalse();
        ComplaintAccess.CanWork(ItManager, Roles, "it", ComplaintLevel.Manager).Should().BeTrue();
        ComplaintAccess.CanWork(ItManager, Roles, "it", ComplaintLevel.DepartmentHead).Should().BeFalse();
        ComplaintAccess.CanWork(ItHead, Roles, "it", ComplaintLevel.DepartmentHead).Should().BeTrue();
        ComplaintAccess.CanWork(ItHead, Roles, "it", ComplaintLevel.ComplaintsOfficer).Should().BeFalse();
        ComplaintAccess.CanWork(Officer, Roles, "it", ComplaintLevel.ComplaintsOfficer).Should().BeTrue();
        ComplaintAccess.CanWork(Auditor, Roles, "it", ComplaintLevel.Agent).Should().BeFalse("auditors read and change nothing");
        ComplaintAccess.CanWork(HrRequester, Roles, "it", ComplaintLevel.Agent).Should().BeFalse();
    }

    [Fact]
    public void The_provider_officers_auditors_and_the_complainant_see_a_complaint_and_nobody_else()
    {
        foreach (var viewer in new[] { ItAgent, ItManager, ItHead, Officer, Auditor, HrRequester })
        {
            ComplaintAccess.CanSee(viewer, Roles, "it", "hr.requester").Should().BeTrue(viewer.UserId);
        }

        ComplaintAccess.CanSee(HrColleague, Roles, "it", "hr.requester").Should().BeFalse("a colleague's complaint is theirs");
        ComplaintAccess.CanSee(new Viewer("legal.agent", "legal", DepartmentRole.Agent), Roles, "it", "hr.requester").Should().BeFalse();
    }

    [Fact]
    public void The_report_is_for_managers_and_heads_of_their_department_and_for_officers_and_auditors_of_all()
    {
        ComplaintAccess.CanReadReport(ItManager, Roles, "it").Should().BeTrue();
        ComplaintAccess.CanReadReport(ItManager, Roles, "hr").Should().BeFalse();
        ComplaintAccess.CanReadReport(ItHead, Roles, "it").Should().BeTrue();
        ComplaintAccess.CanReadReport(Officer, Roles, "hr").Should().BeTrue();
        ComplaintAccess.CanReadReport(Auditor, Roles, "hr").Should().BeTrue();
        ComplaintAccess.CanReadAnyReport(ItAgent, Roles).Should().BeFalse();
        ComplaintAccess.CanReadAnyReport(HrRequester, Roles).Should().BeFalse();
    }
}
