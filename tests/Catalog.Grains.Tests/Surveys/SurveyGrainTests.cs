using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Domain.Surveys;
using Catalog.Errors;
using Catalog.Surveys;

namespace Catalog.Grains.Tests.Surveys;

/// <summary>The survey grains on the in-memory cluster: one survey per request, the fatigue rule per person, the stored figures.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SurveyGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Resolved = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    private static SurveyOffer Offer(string requestId, string requester, DateTimeOffset resolvedAt, string service = "it.laptop", string client = "hr") =>
        new(requestId, service, new LocalizedText("Portable", "Laptop"), "it", client, requester, "it.agent", resolvedAt, "Titre");

    private static string NewId() => "IT-" + Random.Shared.NextInt64(1_000_000, 9_999_999_999);

    private static string NewPerson() => "person." + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Ten_requests_of_one_person_resolved_at_once_get_exactly_one_survey()
    {
        var person = NewPerson();
        var views = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
        {
            var id = NewId();
            return fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, person, Resolved.AddMinutes(i)));
        }));

        views.Count(v => v.Status == SurveyStatus.Offered).Should().Be(1);
        views.Count(v => v.Status == SurveyStatus.Skipped).Should().Be(9);
        (await fixture.Grains.GetPersonSurveys(person).WaitingAsync()).Should().ContainSingle();
    }

    [Fact]
    public async Task The_next_survey_comes_exactly_a_week_after_the_last_offered_one_and_skipped_ones_do_not_move_the_window()
    {
        var person = NewPerson();
        var first = await OfferAsync(person, Resolved);
        var sixDays = await OfferAsync(person, Resolved.AddDays(6));
        var aWeekLater = await OfferAsync(person, Resolved.AddDays(7));
        var aWeekAndADay = await OfferAsync(person, Resolved.AddDays(8));

        first.Status.Should().Be(SurveyStatus.Offered);
        sixDays.Status.Should().Be(SurveyStatus.Skipped);
        sixDays.NextAllowedAt.Should().Be(Resolved.AddDays(7));
        aWeekLater.Status.Should().Be(SurveyStatus.Offered, "the skipped survey of day 6 did not restart the week");
        aWeekAndADay.Status.Should().Be(SurveyStatus.Skipped);
    }

    [Fact]
    public async Task Offering_again_after_a_reopening_changes_nothing_and_is_audited_once()
    {
        var id = NewId();
        var person = NewPerson();
        var first = await fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, person, Resolved));
        var again = await fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, person, Resolved.AddDays(30)));

        again.Should().BeEquivalentTo(first);
        fixture.Audit.Entries.Count(e => e.EntityId == id && e.Action == "SurveyOffered").Should().Be(1);
    }

    [Fact]
    public async Task An_answer_is_stored_for_the_figures_and_leaves_the_waiting_list()
    {
        var id = NewId();
        var person = NewPerson();
        var service = "it.grain-" + Guid.NewGuid().ToString("N")[..8];
        await fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, person, Resolved, service));

        var answered = await fixture.Grains.GetSurvey(id).AnswerAsync(new Viewer(person, "hr", DepartmentRole.Requester), new SurveyAnswer(2, "  Trop long.  "));

        answered.Comment.Should().Be("Trop long.");
        (await fixture.Grains.GetPersonSurveys(person).WaitingAsync()).Should().BeEmpty();
        var report = await fixture.Grains.GetSatisfaction().GetReportAsync(new SatisfactionQuery("it", Resolved.AddDays(-1), Resolved.AddDays(1)));
        var group = report.ByService.Single(g => g.Key == service);
        group.Should().BeEquivalentTo(new { Offered = 1, Answered = 1, Mean = 2.0, ResponseRate = 1.0 });
        report.Comments.Should().Contain(c => c.RequestId == id && c.Comment == "Trop long.");
    }

    [Fact]
    public async Task Someone_else_than_the_requester_is_refused_and_nothing_is_recorded()
    {
        var id = NewId();
        await fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, NewPerson(), Resolved));

        var act = () => fixture.Grains.GetSurvey(id).AnswerAsync(new Viewer("hr.manager", "hr", DepartmentRole.Manager), new SurveyAnswer(5, null));

        await act.Should().ThrowAsync<CatalogForbiddenException>();
        (await fixture.Grains.GetSurvey(id).GetAsync()).Status.Should().Be(SurveyStatus.Offered);
    }

    private Task<SurveyView> OfferAsync(string person, DateTimeOffset resolvedAt)
    {
        var id = NewId();
        return fixture.Grains.GetSurvey(id).OfferAsync(Offer(id, person, resolvedAt));
    }
}
