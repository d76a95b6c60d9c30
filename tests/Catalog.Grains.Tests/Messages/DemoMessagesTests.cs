using Catalog.Access;
using Catalog.Audit;
using Catalog.Domain.Messages;
using Catalog.Errors;
using Catalog.Grains.Demo;
using Catalog.Grains.Tests.Access;
using Catalog.Messages;

namespace Catalog.Grains.Tests.Messages;

/// <summary>
/// The demo's standard messages and language choices, seeded with the demo organisation: every demo department's
/// library follows the seeds in French and English, and some demo people chose French, some English.
/// </summary>
[Collection(DirectoryCollection.Name)]
public sealed class DemoMessagesTests(DirectoryClusterFixture fixture)
{
    [Fact]
    public async Task Every_demo_department_has_every_situation_in_french_and_english_signed_by_its_team()
    {
        foreach (var department in DemoCatalogue.Departments.Select(d => d.Id))
        {
            var library = await fixture.Grains.GetMessageLibrary(department).GetAsync();

            library.Templates.Should().HaveCount(Enum.GetValues<MessageSituation>().Length * 2);
            library.Templates.Should().OnlyContain(t => t.Version >= 1, "the demo saved its own library for {0}", department);
            library.Templates.Where(t => t.Language == "fr").Should().OnlyContain(t => t.Text.Contains("L'équipe", StringComparison.Ordinal));
            library.Templates.Where(t => t.Language == "en").Should().OnlyContain(t => t.Text.Contains("team", StringComparison.Ordinal));
        }

        fixture.Audit.For(AuditEntityTypes.MessageTemplate, "hr/LateClient/fr").Should().ContainSingle()
            .Which.Caller.Should().Be(AuditCaller.Catalog);
    }

    [Fact]
    public async Task Seeding_the_libraries_again_saves_nothing()
    {
        (await DemoMessages.SeedAsync(fixture.Grains, CancellationToken.None)).Should().Be(0);
    }

    [Fact]
    public async Task Demo_people_chose_french_or_english_and_the_others_none()
    {
        var directory = fixture.Grains.GetDirectory();

        (await directory.GetLanguageAsync("communications.requester")).Should().Be("fr");
        (await directory.GetLanguageAsync("Finance.Requester")).Should().Be("en");
        (await directory.GetLanguageAsync("hr.requester")).Should().BeNull();
        DemoLanguages.Chosen.Values.Should().Contain("fr").And.Contain("en");
        DemoLanguages.Chosen.Keys.Should().OnlyContain(id => DemoDirectory.People.Any(p => p.Id == id));
    }

    [Fact]
    public async Task A_language_other_than_french_or_english_is_refused_and_a_change_is_audited()
    {
        var directory = fixture.Grains.GetDirectory();
        var id = DirectoryClusterFixture.NewUserId();

        var refuse = () => directory.SetLanguageAsync(id, "de");
        (await refuse.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("language");

        (await directory.SetLanguageAsync(id, "fr")).Should().Be("fr");
        (await directory.GetLanguageAsync(id)).Should().Be("fr");
        (await directory.SetLanguageAsync(id, null)).Should().BeNull();
        (await directory.GetLanguageAsync(id)).Should().BeNull();
        fixture.Audit.For(AuditEntityTypes.User, id.ToLowerInvariant()).Select(a => a.Changes.Single().After).Should().Equal("fr", null);
    }

    [Fact]
    public async Task Saving_keeps_every_version_and_an_unknown_placeholder_changes_nothing()
    {
        var library = fixture.Grains.GetMessageLibrary("legal");
        var before = await library.HistoryAsync(MessageSituation.ApprovalPending, "en");

        var refuse = () => library.SetAsync(MessageSituation.ApprovalPending, "en", "Hello {nom}");
        (await refuse.Should().ThrowAsync<MessageRuleException>()).Which.Code.Should().Be(MessageRuleException.UnknownPlaceholder);

        var saved = await library.SetAsync(MessageSituation.ApprovalPending, "en", "Hello {clientName}, a manager decides on {requestNumber}.");
        saved.Version.Should().Be(before[0].Version + 1);
        var after = await library.HistoryAsync(MessageSituation.ApprovalPending, "en");
        after.Should().HaveCount(before.Count + 1);
        after[0].Should().Be(saved);
        after.Skip(1).Should().Equal(before);
    }
}
