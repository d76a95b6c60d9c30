using Catalog.Catalogue;
using Catalog.Errors;
using Catalog.Grains.Tests.Catalogue;
using Catalog.Sla;
using static Catalog.Grains.Tests.Sla.SlaTestData;

namespace Catalog.Grains.Tests.Sla;

[Collection(ClusterCollection.Name)]
public sealed class AgreementBookTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Create_stores_version_1_under_a_readable_id()
    {
        var (provider, client, service) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var before = DateTimeOffset.UtcNow;

        var all = await book.CreateAsync(Draft(client) with { Title = new("Entente", "Agreement"), ChangeNote = "First" });
        var byCategory = await book.CreateAsync(Draft(AgreementDraft.AnyClient, AgreementScope.Category, "hardware"));
        var byService = await book.CreateAsync(Draft(client, AgreementScope.Service, service.Id));

        all.Id.Should().Be($"{provider}.{client}.all-services");
        byCategory.Id.Should().Be($"{provider}.all.category-hardware");
        byService.Id.Should().Be($"{provider}.{client}.service-laptop-setup");
        all.Version.Should().Be(1);
        all.ProviderDepartmentId.Should().Be(provider);
        all.ClientDepartmentId.Should().Be(client);
        all.ScopeValue.Should().BeNull();
        all.Title.Should().Be(new LocalizedText("Entente", "Agreement"));
        all.ChangeNote.Should().Be("First");
        all.Retired.Should().BeFalse();
        all.ChangedAt.Should().BeOnOrAfter(before).And.BeOnOrBefore(DateTimeOffset.UtcNow);
        (await book.ListAsync()).Select(a => a.Id).Should().Equal(byCategory.Id, all.Id, byService.Id);
        (await book.GetVersionsAsync(all.Id)).Should().ContainSingle().Which.Should().BeEquivalentTo(all);
    }

    [Fact]
    public async Task Update_appends_a_version_and_keeps_the_old_one_as_it_was()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var v1 = await book.CreateAsync(Draft(client));

        var v2 = await book.UpdateAsync(v1.Id, Draft(client, clocks: Resolution(Target.BusinessHours(4), 0.5)) with
        {
            ChangeNote = "Tighter",
            ExpectedVersion = 1,
        });

        v2.Id.Should().Be(v1.Id);
        v2.Version.Should().Be(2);
        v2.Clocks.Should().Equal(Resolution(Target.BusinessHours(4), 0.5));
        v2.ChangeNote.Should().Be("Tighter");
        var versions = await book.GetVersionsAsync(v1.Id);
        versions.Select(v => v.Version).Should().Equal(1, 2);
        versions[0].Should().BeEquivalentTo(v1);
        (await book.ListAsync()).Should().ContainSingle().Which.Version.Should().Be(2);
    }

    [Fact]
    public async Task Update_with_a_stale_expected_version_is_a_conflict_and_changes_nothing()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var v1 = await book.CreateAsync(Draft(client));
        await book.UpdateAsync(v1.Id, Draft(client) with { ExpectedVersion = 1 });

        var act = () => book.UpdateAsync(v1.Id, Draft(client, clocks: Resolution(Target.BusinessDays(9))) with { ExpectedVersion = 1 });

        (await act.Should().ThrowAsync<CatalogConflictException>()).Which.Message.Should().Contain("version 2");
        (await book.GetVersionsAsync(v1.Id)).Should().HaveCount(2);
    }

    [Fact]
    public async Task Retire_keeps_the_versions_readable_and_refuses_further_changes()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var v1 = await book.CreateAsync(Draft(client));
        await book.UpdateAsync(v1.Id, Draft(client));

        var retired = await book.RetireAsync(v1.Id);

        retired.Retired.Should().BeTrue();
        retired.Version.Should().Be(2);
        (await book.GetVersionsAsync(v1.Id)).Should().HaveCount(2).And.OnlyContain(v => v.Retired);
        (await book.ListAsync()).Should().ContainSingle().Which.Retired.Should().BeTrue();
        await book.Invoking(b => b.UpdateAsync(v1.Id, Draft(client))).Should().ThrowAsync<CatalogConflictException>();
        await book.Invoking(b => b.RetireAsync(v1.Id)).Should().ThrowAsync<CatalogConflictException>();
    }

    [Fact]
    public async Task A_second_agreement_for_the_same_client_and_scope_is_a_conflict_until_the_first_is_retired()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var book = grains.GetAgreementBook(provider);
        var first = await book.CreateAsync(Draft(client, AgreementScope.Category, "hardware"));

        var act = () => book.CreateAsync(Draft(client, AgreementScope.Category, "hardware"));
        (await act.Should().ThrowAsync<CatalogConflictException>()).Which.Message.Should().Contain(first.Id);

        await book.RetireAsync(first.Id);
        var second = await book.CreateAsync(Draft(client, AgreementScope.Category, "hardware"));

        second.Id.Should().Be(first.Id + "-2");
        (await book.ListAsync()).Should().HaveCount(2);
    }

    [Fact]
    public async Task An_unknown_provider_or_agreement_is_not_found()
    {
        var (provider, client, _) = await PartiesAsync(grains);
        var nowhere = grains.GetAgreementBook(TestDrafts.NewDepartmentId());

        (await nowhere.Invoking(b => b.ListAsync()).Should().ThrowAsync<CatalogNotFoundException>()).Which.Kind.Should().Be("department");
        await nowhere.Invoking(b => b.CreateAsync(Draft(client))).Should().ThrowAsync<CatalogNotFoundException>();
        (await grains.GetAgreementBook(provider).Invoking(b => b.GetVersionsAsync($"{provider}.nothing"))
            .Should().ThrowAsync<CatalogNotFoundException>()).Which.Kind.Should().Be("agreement");
        await grains.GetAgreementBook(provider).Invoking(b => b.RetireAsync($"{provider}.nothing")).Should().ThrowAsync<CatalogNotFoundException>();
        (await grains.GetAgreementBook(provider).ListAsync()).Should().BeEmpty();
    }
}
