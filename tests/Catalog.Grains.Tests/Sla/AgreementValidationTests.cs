using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Sla;
using static Catalog.Grains.Tests.Sla.SlaTestData;

namespace Catalog.Grains.Tests.Sla;

[Collection(ClusterCollection.Name)]
public sealed class AgreementValidationTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Theory]
    [InlineData("unknown client", "clientDepartmentId")]
    [InlineData("missing client", "clientDepartmentId")]
    [InlineData("unknown category", "scopeValue")]
    [InlineData("missing category", "scopeValue")]
    [InlineData("service of another provider", "scopeValue")]
    [InlineData("unknown service", "scopeValue")]
    [InlineData("value for all services", "scopeValue")]
    [InlineData("no clocks", "clocks")]
    [InlineData("clock named twice", "clocks[1].kind")]
    [InlineData("zero target", "clocks[1].target.value")]
    [InlineData("warning ratio of 1", "clocks[0].warningRatio")]
    [InlineData("warning ratio of 0", "clocks[0].warningRatio")]
    [InlineData("half a title", "title.en")]
    public async Task Create_with_an_invalid_draft_names_the_field_and_stores_nothing(string mistake, string field)
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);

        var act = () => book.CreateAsync(Break(Draft(client), mistake, provider));

        var errors = (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors;
        errors.Keys.Should().Equal(field);
        (await book.ListAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Every_department_is_a_valid_client()
    {
        var (provider, _, service) = await PartiesAsync(grains);

        var agreement = await grains.GetAgreementBook(provider).CreateAsync(Draft(AgreementDraft.AnyClient, AgreementScope.Service, service.Id));

        agreement.Id.Should().Be($"{provider}.all.service-laptop-setup");
        agreement.ClientDepartmentId.Should().Be(AgreementDraft.AnyClient);
    }

    [Fact]
    public async Task Update_cannot_change_the_client_or_the_scope()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var agreement = await book.CreateAsync(Draft(client));

        var act = () => book.UpdateAsync(agreement.Id, Draft(AgreementDraft.AnyClient, AgreementScope.Category, "hardware"));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().BeEquivalentTo("clientDepartmentId", "scope");
        (await book.GetVersionsAsync(agreement.Id)).Should().ContainSingle();
    }

    [Fact]
    public async Task Update_with_an_invalid_draft_names_the_fields_and_keeps_the_current_version()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var agreement = await book.CreateAsync(Draft(client));

        var act = () => book.UpdateAsync(agreement.Id, Draft(client, clocks: Resolution(Target.BusinessDays(-1), 1.5)) with { ExpectedVersion = 0 });

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys
            .Should().BeEquivalentTo("clocks[0].target.value", "clocks[0].warningRatio", "expectedVersion");
        (await book.GetVersionsAsync(agreement.Id)).Should().ContainSingle();
    }

    private static AgreementDraft Break(AgreementDraft draft, string mistake, string provider) => mistake switch
    {
        "unknown client" => draft with { ClientDepartmentId = "nowhere" },
        "missing client" => draft with { ClientDepartmentId = null! },
        "unknown category" => draft with { Scope = AgreementScope.Category, ScopeValue = "gardening" },
        "missing category" => draft with { Scope = AgreementScope.Category, ScopeValue = null },
        "service of another provider" => draft with { Scope = AgreementScope.Service, ScopeValue = "elsewhere.laptop-setup" },
        "unknown service" => draft with { Scope = AgreementScope.Service, ScopeValue = $"{provider}.nothing" },
        "value for all services" => draft with { ScopeValue = "hardware" },
        "no clocks" => draft with { Clocks = [] },
        "clock named twice" => draft with { Clocks = [Resolution(Target.BusinessDays(1)), Resolution(Target.BusinessDays(2))] },
        "zero target" => draft with
        {
            Clocks = [new ClockPolicy(ClockKind.Acknowledgement, Target.BusinessHours(2)), Resolution(Target.BusinessDays(0))],
        },
        "warning ratio of 1" => draft with { Clocks = [Resolution(Target.BusinessDays(1), 1)] },
        "warning ratio of 0" => draft with { Clocks = [Resolution(Target.BusinessDays(1), 0)] },
        "half a title" => draft with { Title = new LocalizedText("Entente", " ") },
        _ => throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null),
    };
}
