using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Sla;
using static Catalog.Grains.Tests.Sla.SlaTestData;

namespace Catalog.Grains.Tests.Sla;

[Collection(ClusterCollection.Name)]
public sealed class AgreementResolutionTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Without_agreements_the_clocks_come_from_the_standards_then_the_defaults()
    {
        var (provider, client, service) = await PartiesAsync(grains);

        var resolved = await grains.GetAgreementBook(provider).ResolveAsync(service, client);

        resolved.Clocks.Should().Equal(
            new ClockPolicy(ClockKind.Acknowledgement, AcknowledgementStandard),
            new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessDays(5)),
            new ClockPolicy(ClockKind.Resolution, Turnaround),
            new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(2)));
        resolved.Clocks.Should().OnlyContain(c => c.WarningRatio == ClockPolicy.DefaultWarningRatio);
        resolved.AgreementId.Should().BeNull();
        resolved.AgreementVersion.Should().BeNull();
    }

    [Fact]
    public async Task Each_level_beats_the_next_and_retiring_it_hands_the_clock_to_the_next()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        // Most specific first: resolution in 1 business hour for service+client, … 6 for all+any client.
        (string Client, AgreementScope Scope, string? Value)[] levels =
        [
            (client, AgreementScope.Service, service.Id),
            (client, AgreementScope.Category, service.Category),
            (client, AgreementScope.AllServices, null),
            (AgreementDraft.AnyClient, AgreementScope.Service, service.Id),
            (AgreementDraft.AnyClient, AgreementScope.Category, service.Category),
            (AgreementDraft.AnyClient, AgreementScope.AllServices, null),
        ];
        var ids = new string[levels.Length];
        for (var i = levels.Length - 1; i >= 0; i--)
        {
            var (levelClient, scope, scopeValue) = levels[i];
            ids[i] = (await book.CreateAsync(Draft(levelClient, scope, scopeValue, Resolution(Target.BusinessHours(i + 1))))).Id;
        }

        for (var i = 0; i < levels.Length; i++)
        {
            var resolved = await book.ResolveAsync(service, client);

            resolved.Clock(ClockKind.Resolution).Target.Should().Be(Target.BusinessHours(i + 1), $"level {i + 1} is the most specific left");
            resolved.AgreementId.Should().Be(ids[i]);
            await book.RetireAsync(ids[i]);
        }

        var none = await book.ResolveAsync(service, client);
        none.Clock(ClockKind.Resolution).Target.Should().Be(Turnaround);
        none.AgreementId.Should().BeNull();
    }

    [Fact]
    public async Task A_clock_the_agreement_does_not_name_falls_through_to_the_standards_then_the_defaults()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var agreement = await book.CreateAsync(Draft(client, clocks: new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessDays(2), 0.5)));

        var resolved = await book.ResolveAsync(service, client);

        resolved.Clocks.Should().Equal(
            new ClockPolicy(ClockKind.Acknowledgement, AcknowledgementStandard),
            new ClockPolicy(ClockKind.FirstAnswer, Target.BusinessDays(2), 0.5),
            new ClockPolicy(ClockKind.Resolution, Turnaround),
            new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(2)));
        (resolved.AgreementId, resolved.AgreementVersion).Should().Be((agreement.Id, 1));
    }

    [Fact]
    public async Task Each_clock_takes_its_own_most_specific_agreement_and_the_most_specific_contributor_is_reported()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var forAll = await book.CreateAsync(Draft(AgreementDraft.AnyClient, clocks:
        [
            new ClockPolicy(ClockKind.ClientResponse, Target.BusinessDays(4)),
            Resolution(Target.BusinessDays(6)),
        ]));
        var forService = await book.CreateAsync(Draft(client, AgreementScope.Service, service.Id, Resolution(Target.BusinessDays(3))));

        var resolved = await book.ResolveAsync(service, client);

        resolved.Clock(ClockKind.Resolution).Target.Should().Be(Target.BusinessDays(3));
        resolved.Clock(ClockKind.ClientResponse).Target.Should().Be(Target.BusinessDays(4));
        resolved.AgreementId.Should().Be(forService.Id).And.NotBe(forAll.Id);
    }

    [Fact]
    public async Task An_agreement_with_another_client_does_not_apply()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var other = await TestDrafts.AddDepartmentAsync(grains);
        var book = grains.GetAgreementBook(provider);
        await book.CreateAsync(Draft(other, clocks: Resolution(Target.BusinessDays(1))));

        var resolved = await book.ResolveAsync(service, client);

        resolved.Clock(ClockKind.Resolution).Target.Should().Be(Turnaround);
        resolved.AgreementId.Should().BeNull();
    }

    [Fact]
    public async Task After_an_update_resolution_uses_the_new_version_while_the_old_one_stays_readable()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var v1 = await book.CreateAsync(Draft(client, clocks: Resolution(Target.BusinessDays(4))));
        var before = await book.ResolveAsync(service, client);

        await book.UpdateAsync(v1.Id, Draft(client, clocks: Resolution(Target.BusinessDays(2))) with { ExpectedVersion = 1 });
        var after = await book.ResolveAsync(service, client);

        (before.AgreementVersion, before.Clock(ClockKind.Resolution).Target).Should().Be((1, Target.BusinessDays(4)));
        (after.AgreementId, after.AgreementVersion).Should().Be((v1.Id, 2));
        after.Clock(ClockKind.Resolution).Target.Should().Be(Target.BusinessDays(2));
        (await book.GetVersionsAsync(v1.Id))[0].Clocks.Should().Equal(Resolution(Target.BusinessDays(4)));
    }

    [Fact]
    public async Task Resolving_a_service_of_another_provider_is_invalid()
    {
        var (_, client, service) = await PartiesAsync(grains);

        var act = () => grains.GetAgreementBook(client).ResolveAsync(service, client);

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal("serviceId");
    }
}
