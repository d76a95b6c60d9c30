using Catalog.Catalogue;
using Catalog.Grains.Demo;

namespace Catalog.Grains.Tests.Catalogue;

public sealed class DemoCatalogueTests
{
    private static readonly HashSet<string> DepartmentIds = DemoCatalogue.Departments.Select(d => d.Id).ToHashSet();

    [Fact]
    public void The_demo_organisation_has_at_least_6_departments_and_30_services_with_4_per_department()
    {
        DemoCatalogue.Departments.Should().HaveCountGreaterThanOrEqualTo(6);
        DemoCatalogue.Services.Should().HaveCountGreaterThanOrEqualTo(30);
        DemoCatalogue.Services.GroupBy(s => s.DepartmentId).Should().OnlyContain(g => g.Count() >= 4)
            .And.HaveCount(DemoCatalogue.Departments.Count);
    }

    [Fact]
    public void Every_demo_department_and_service_passes_validation()
    {
        DemoCatalogue.Departments.Should().OnlyContain(d => DepartmentDraftValidator.Validate(d).Count == 0);
        foreach (var service in DemoCatalogue.Services)
        {
            ServiceDraftValidator.ValidateForCreate(service.Id!, service, DepartmentIds)
                .Should().BeEmpty("demo service {0} must be valid", service.Id);
        }
    }

    [Fact]
    public void Demo_service_ids_are_unique()
    {
        DemoCatalogue.Services.Select(s => s.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_demo_uses_every_kind_of_cost_some_restrictions_and_the_seed_standards()
    {
        DemoCatalogue.Services.Select(s => s.Cost.Unit).Distinct().Should().BeEquivalentTo(Enum.GetValues<CostUnit>());
        DemoCatalogue.Services.Should().Contain(s => s.EligibleDepartments.Count > 0);
        var standards = DemoCatalogue.Services.SelectMany(s => s.Standards).ToArray();
        standards.Should().Contain(s => s.Clock == ClockKind.Acknowledgement && s.Target == Target.BusinessDays(1));
        standards.Should().Contain(s => s.Clock == ClockKind.Acknowledgement && s.Target == Target.BusinessHours(4));
        standards.Should().Contain(s => s.Clock == ClockKind.FirstAnswer && s.Target == Target.BusinessDays(5));
        standards.Should().Contain(s => s.Clock == ClockKind.Resolution && s.Target == Target.BusinessDays(10));
        standards.Should().Contain(s => s.Clock == ClockKind.Resolution && s.Target == Target.BusinessDays(2));
    }
}
