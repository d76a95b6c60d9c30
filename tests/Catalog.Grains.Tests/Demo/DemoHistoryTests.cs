using Catalog.Catalogue;
using Catalog.Complaints;
using Catalog.Domain.Complaints;
using Catalog.Domain.Requests;
using Catalog.Domain.Surveys;
using Catalog.Grains.Demo;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Requests.Index;
using Catalog.Grains.Scorecards;
using Catalog.Scorecards;
using Catalog.Requests;
using Catalog.Surveys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.TestingHost;
using Catalog.Storage.Requests;

namespace Catalog.Grains.Tests.Demo;

/// <summary>The demo's eight weeks of history, replayed through the grains' rules into an in-memory cluster.</summary>
public sealed class DemoHistoryTests
{
    [Fact]
    public async Task The_history_files_a_few_hundred_requests_with_breaches_quotes_transfers_complaints_and_surveys_once_and_never_in_the_future()
    {
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Catalog:SeedDemoData"] = "true" }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var grains = cluster.GrainFactory;
        var seeder = new DemoDataSeeder(grains, Options.Create(new CatalogGrainsOptions { SeedDemoData = true }), NullLogger<DemoDataSeeder>.Instance);

        var first = await seeder.SeedHistoryAsync(CancellationToken.None);
        var now = DateTimeOffset.UtcNow;

        first.Failed.Should().Be(0);
        first.Requests.Should().Be(DemoHistory.RequestCount);
        first.RequestIds.Should().OnlyHaveUniqueItems().And.HaveCount(DemoHistory.RequestCount);
        first.Steps.Should().BeGreaterThan(3 * DemoHistory.RequestCount);
        first.Surveys.Should().BeGreaterThanOrEqualTo(20);
        first.Complaints.Should().BeGreaterThanOrEqualTo(10);

        var views = await Task.WhenAll(first.RequestIds.Select(id => grains.GetRequest(id).GetAsync()));
        views.Select(v => v.Status).Distinct().Should().Contain(
            [RequestStatus.Submitted, RequestStatus.InProgress, RequestStatus.WaitingOnClient, RequestStatus.Resolved, RequestStatus.Closed, RequestStatus.Cancelled]);
        views.Min(v => v.FiledAt).Should().BeCloseTo(first.Anchor - DemoHistory.Span, TimeSpan.FromSeconds(1));
        views.Should().OnlyContain(v => v.FiledAt <= now && v.History.All(h => h.At <= now && h.At >= v.FiledAt));
        views.Select(v => v.ProviderDepartmentId).Distinct().Should().HaveCount(7);
        views.Should().Contain(v => Catalog.Scorecards.OtherRequestEntries.Is(v.ServiceId), "the annual review groups needs outside the catalogue");

        // Clocks: most met, some breached while worked, and open requests about to breach.
        var clocks = views.SelectMany(v => v.Clocks).ToArray();
        clocks.Count(c => c.Breached).Should().BeGreaterThan(20).And.BeLessThan(clocks.Length / 3);
        views.Where(v => v.Status is RequestStatus.InProgress).Should().Contain(v =>
            v.Clocks.Any(c => c.Kind == ClockKind.Resolution && !c.Breached && c.DueAt > now && c.DueAt < now.AddDays(1)));

        // Quotes: some above the threshold approved by a manager, some declined and written again.
        var quotes = views.SelectMany(v => v.Quotes ?? []).ToArray();
        quotes.Should().Contain(q => q.Status == QuoteStatus.Accepted && q.Amount >= 150m);
        quotes.Should().Contain(q => q.Status == QuoteStatus.Declined);
        var approvals = views.SelectMany(v => v.Approvals ?? []).ToArray();
        approvals.Should().Contain(a => a.Subject == ApprovalSubject.Quote && a.Status == ApprovalStatus.Approved && a.DecidedBy!.EndsWith(".manager"));
        approvals.Should().Contain(a => a.Status == ApprovalStatus.Rejected && a.Reason != null);
        approvals.Should().ContainSingle(a => a.DecidedFor != null)
            .Which.Should().Match<ApprovalRecord>(a => a.DecidedBy == "hr.agent" && a.DecidedFor == "hr.manager");

        // Transfers: to another agent, a second one with its reason, and to another department.
        var handoffs = views.SelectMany(v => v.Handoffs ?? []).ToArray();
        handoffs.Should().Contain(h => h.BeyondStandard && h.Reason != null);
        handoffs.Should().Contain(h => h.FromDepartmentId != h.ToDepartmentId);
        views.Should().Contain(v => v.History.Any(h => h.To == RequestStatus.WaitingOnClient && h.Reason == PauseReason.InformationMissing));

        // Surveys answered in the past, complaints filed in the past and some escalated.
        var surveys = await Task.WhenAll(first.RequestIds.Select(id => grains.GetSurvey(id).GetAsync()));
        surveys.Where(s => s.Status == SurveyStatus.Answered).Should().HaveCount(first.Surveys)
            .And.OnlyContain(s => s.AnsweredAt < now && s.Score >= 1 && s.Score <= 5);
        var complaints = await grains.ComplaintFactsAsync(first.Anchor - TimeSpan.FromDays(60), now, DemoHistory.Clients);
        complaints.Should().HaveCountGreaterThanOrEqualTo(first.Complaints).And.OnlyContain(c => c.FiledAt <= now);
        complaints.Should().Contain(c => c.HighestLevel > ComplaintLevel.Agent);
        complaints.Should().Contain(c => c.ResolvedAt != null && c.ResolvedAt < now);

        // The scorecards count the history: every request's facts, the answered surveys and the complaints.
        var facts = await grains.GetScorecardFacts().ListAsync(
            new Catalog.Scorecards.FactsQuery(null, null, null, first.Anchor - TimeSpan.FromDays(60), now.AddMinutes(1)));
        facts.Requests.Should().HaveCount(DemoHistory.RequestCount);
        facts.Requests.Should().Contain(r => r.Clocks.Any(c => c.Outcome == Catalog.Domain.Scorecards.ClockOutcome.Breached));
        facts.Requests.Should().Contain(r => r.QuoteAmount != null);
        facts.Requests.Should().Contain(r => r.Holds.Count > 1, "a transfer to another department shows who held it when");
        facts.Surveys.Should().HaveCount(first.Surveys);
        facts.Complaints.Should().HaveCount(complaints.Count);

        // Seeding again (a restart, or an interrupted seeding resumed) takes nothing twice.
        var again = await seeder.SeedHistoryAsync(CancellationToken.None);

        again.Should().Match<HistorySeedResult>(r => r.Steps == 0 && r.Failed == 0 && r.Anchor == first.Anchor && r.Surveys == first.Surveys);
        again.RequestIds.Should().BeEquivalentTo(first.RequestIds);
        (await grains.ComplaintFactsAsync(first.Anchor - TimeSpan.FromDays(60), DateTimeOffset.UtcNow, DemoHistory.Clients))
            .Should().HaveCount(complaints.Count);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            silo.AddMemoryGrainStorage(StorageNames.Catalog);
            silo.AddInMemoryRequestStore(StorageNames.Requests);
            silo.AddMemoryGrainStorage(StorageNames.PubSub);
            silo.UseInMemoryReminderService();
            silo.AddCatalogGrains(silo.Configuration);
            silo.AddInMemoryRequestIndex();
            silo.AddInMemoryRequestFacts();
            silo.AddInMemoryAuditTrail();
        }
    }
}
