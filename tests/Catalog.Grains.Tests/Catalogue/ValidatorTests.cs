using Catalog.Catalogue;

namespace Catalog.Grains.Tests.Catalogue;

public sealed class ValidatorTests
{
    private static readonly string[] Departments = ["it", "hr"];

    private static ServiceDraft Valid => TestDrafts.Service("it");

    [Fact]
    public void A_valid_draft_has_no_errors()
    {
        ServiceDraftValidator.ValidateForCreate("it.laptop-setup", Valid, Departments).Should().BeEmpty();
    }

    [Fact]
    public void Null_parts_of_a_body_are_reported_as_required_not_thrown()
    {
        var draft = new ServiceDraft(null!, null!, null!, null!, null!, null!, null!, null!, null!, null!, null!);

        var errors = ServiceDraftValidator.ValidateForUpdate("it.laptop-setup", draft, Departments);

        errors.Keys.Should().BeEquivalentTo(["departmentId", "category", "name", "description", "turnaround", "cost"]);
    }

    [Theory]
    [InlineData("IT.Laptop")]
    [InlineData("it")]
    [InlineData("it.laptop setup")]
    [InlineData("it..laptop")]
    [InlineData("hr.laptop-setup")]
    public void A_malformed_id_or_one_outside_the_department_is_refused(string id)
    {
        ServiceDraftValidator.ValidateForCreate(id, Valid, Departments).Keys.Should().Contain("id");
    }

    [Fact]
    public void An_id_longer_than_80_characters_is_refused()
    {
        var id = "it." + new string('a', 78);

        ServiceDraftValidator.ValidateForCreate(id, Valid, Departments).Keys.Should().Contain("id");
    }

    [Fact]
    public void Cost_rules_name_their_fields()
    {
        Errors(Valid with { Cost = new Cost(10m, CostUnit.Free) }).Should().Contain("cost.amount");
        Errors(Valid with { Cost = new Cost(0m, CostUnit.PerHour) }).Should().Contain("cost.amount");
        Errors(Valid with { Cost = new Cost(0.22m, CostUnit.PerUnit) }).Should().Contain("cost.unitLabel");
        Errors(Valid with { Cost = new Cost(5m, CostUnit.Fixed, Currency: "USD") }).Should().Contain("cost.currency");
        Errors(Valid with { Cost = new Cost(5m, (CostUnit)42) }).Should().Contain("cost.unit");
    }

    [Fact]
    public void Standards_need_one_clock_each_a_positive_target_and_both_languages()
    {
        var ack = new ServiceStandard(ClockKind.Acknowledgement, Target.BusinessDays(1), new LocalizedText("Accusé", "Ack"));
        var draft = Valid with
        {
            Standards = [ack, ack with { Target = Target.BusinessHours(0), Description = new LocalizedText("Accusé", "") }],
        };

        Errors(draft).Should().BeEquivalentTo(["standards[1].clock", "standards[1].target.value", "standards[1].description.en"]);
    }

    [Fact]
    public void Item_lists_name_the_failing_item()
    {
        var draft = Valid with { Steps = [new LocalizedText("Un", "One"), new LocalizedText("Deux", "")] };

        Errors(draft).Should().BeEquivalentTo(["steps[1].en"]);
    }

    [Fact]
    public void An_eligible_department_listed_twice_is_refused()
    {
        Errors(Valid with { EligibleDepartments = ["hr", "hr"] }).Should().BeEquivalentTo(["eligibleDepartments[1]"]);
    }

    [Fact]
    public void An_update_for_another_id_or_version_zero_is_refused()
    {
        var errors = ServiceDraftValidator.ValidateForUpdate("it.laptop-setup", Valid with { Id = "it.other", ExpectedVersion = 0 }, Departments);

        errors.Keys.Should().BeEquivalentTo(["id", "expectedVersion"]);
    }

    private static IEnumerable<string> Errors(ServiceDraft draft) =>
        ServiceDraftValidator.ValidateForCreate("it.laptop-setup", draft, Departments).Keys;
}
