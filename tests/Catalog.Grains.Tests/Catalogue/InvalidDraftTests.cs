using Catalog.Catalogue;
using Catalog.Errors;

namespace Catalog.Grains.Tests.Catalogue;

[Collection(ClusterCollection.Name)]
public sealed class InvalidDraftTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Theory]
    [InlineData("missing names", "name.fr", "name.en")]
    [InlineData("negative cost", "cost.amount")]
    [InlineData("zero turnaround", "turnaround.value")]
    [InlineData("unknown department", "departmentId")]
    [InlineData("unknown category", "category")]
    [InlineData("unknown eligible department", "eligibleDepartments[1]")]
    [InlineData("too long name", "name.en")]
    [InlineData("id of another department", "id")]
    public async Task Create_with_an_invalid_draft_names_the_fields_and_stores_nothing(string mistake, params string[] fields)
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = mistake == "id of another department" ? "elsewhere.laptop-setup" : TestDrafts.ServiceId(department);
        var draft = Break(TestDrafts.Service(department), mistake, department);

        var act = () => grains.GetService(id).CreateAsync(draft);

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Contain(fields);
        await grains.GetService(id).Invoking(g => g.GetAsync()).Should().ThrowAsync<CatalogNotFoundException>();
        (await grains.GetCatalogueIndex().SearchAsync(new CatalogueQuery(DepartmentId: department))).Total.Should().Be(0);
    }

    [Fact]
    public async Task Update_with_an_invalid_draft_names_the_fields_and_keeps_the_current_version()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        await grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        var act = () => grains.GetService(id).UpdateAsync(TestDrafts.Service(department) with { Cost = new Cost(-5m, CostUnit.Fixed) });

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Contain("cost.amount");
        (await grains.GetService(id).GetAsync()).Versions.Should().ContainSingle();
    }

    private static ServiceDraft Break(ServiceDraft draft, string mistake, string department) => mistake switch
    {
        "missing names" => draft with { Name = new LocalizedText("", " ") },
        "negative cost" => draft with { Cost = new Cost(-1m, CostUnit.Fixed) },
        "zero turnaround" => draft with { Turnaround = Target.BusinessDays(0) },
        "unknown department" => draft with { DepartmentId = "no-such-department" },
        "unknown category" => draft with { Category = "astrology" },
        "unknown eligible department" => draft with { EligibleDepartments = [department, "no-such-department"] },
        "too long name" => draft with { Name = new LocalizedText("Nom", new string('x', 121)) },
        "id of another department" => draft,
        _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null),
    };
}
