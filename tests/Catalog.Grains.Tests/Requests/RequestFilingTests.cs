using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Errors;
using Catalog.Requests;

namespace Catalog.Grains.Tests.Requests;

[Collection(RequestClusterCollection.Name)]
public sealed class RequestFilingTests(RequestClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task Filed_on_Friday_at_16_00_a_4_business_hour_acknowledgement_is_due_Monday_at_noon()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var friday = fixture.Time.MoveToNext(DayOfWeek.Friday, new TimeOnly(16, 0));

        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        var acknowledgement = view.Clock(ClockKind.Acknowledgement);
        var monday = friday.InToronto().Date.AddDays(3);
        acknowledgement.State.Should().Be(ClockRunState.Running);
        acknowledgement.Target.Should().Be(Target.BusinessHours(4));
        acknowledgement.TargetBusinessTime.Should().Be(TimeSpan.FromHours(4));
        acknowledgement.DueAt!.Value.InToronto().Should().Be(monday.AddHours(12));
        acknowledgement.AtRiskAt!.Value.InToronto().Should().Be(monday.AddHours(11));
        acknowledgement.HolderDepartmentId.Should().Be(parties.Provider);
        view.Status.Should().Be(RequestStatus.Submitted);
        view.FiledAt.Should().Be(friday);
    }

    [Fact]
    public async Task A_filed_request_runs_the_provider_clocks_and_waits_to_start_the_client_response_clock()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        fixture.Time.MoveToNext(DayOfWeek.Tuesday, new TimeOnly(10, 0));

        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        view.Clocks.Select(c => (c.Kind, c.State)).Should().Equal(
            (ClockKind.Acknowledgement, ClockRunState.Running),
            (ClockKind.FirstAnswer, ClockRunState.Running),
            (ClockKind.Resolution, ClockRunState.Running),
            (ClockKind.ClientResponse, ClockRunState.NotStarted));
        view.Clock(ClockKind.FirstAnswer).Target.Should().Be(Target.BusinessDays(5));
        view.Clock(ClockKind.Resolution).Target.Should().Be(Target.BusinessDays(5));
        view.Clock(ClockKind.ClientResponse).HolderDepartmentId.Should().Be(parties.Client);
        view.AllowedActions.Should().Equal(
            RequestAction.Acknowledge, RequestAction.Start, RequestAction.Resolve, RequestAction.Cancel, RequestAction.Comment);
        view.Answers.Should().Contain("costCentre", "4410");
    }

    [Fact]
    public async Task Request_ids_increase_per_provider()
    {
        var parties = await RequestTestData.PartiesAsync(grains);

        var first = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var second = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        first.Id.Should().Be($"{parties.Prefix}-000001");
        second.Id.Should().Be($"{parties.Prefix}-000002");
        (await grains.GetRequest(second.Id).GetAsync()).Title.Should().Be("Laptop for a new hire");
    }

    [Fact]
    public async Task Filing_twice_with_the_same_idempotency_key_creates_one_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties, key: "retry-me");

        var first = await RequestTestData.FileAsync(grains, filing);
        var again = await RequestTestData.FileAsync(grains, filing);
        var next = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        again.Id.Should().Be(first.Id);
        next.Id.Should().Be($"{parties.Prefix}-000002");
        fixture.Events.Of(first.Id).OfType<RequestFiled>().Should().ContainSingle();
    }

    [Fact]
    public async Task Five_concurrent_filings_with_the_same_key_create_one_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties, key: "double-click");

        var views = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RequestTestData.FileAsync(grains, filing)));
        var next = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        views.Select(v => v.Id).Distinct().Should().Equal($"{parties.Prefix}-000001");
        next.Id.Should().Be($"{parties.Prefix}-000002");
    }

    [Fact]
    public async Task Filing_for_an_unknown_service_is_not_found()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        var filing = RequestTestData.Filing(parties) with { ServiceId = $"{parties.Provider}.no-such-service" };

        var act = () => RequestTestData.FileAsync(grains, filing);

        (await act.Should().ThrowAsync<CatalogNotFoundException>()).Which.Kind.Should().Be("service");
    }

    [Fact]
    public async Task Filing_for_a_retired_service_is_a_conflict()
    {
        var parties = await RequestTestData.PartiesAsync(grains);
        await grains.GetService(parties.ServiceId).RetireAsync();

        var act = () => RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        await act.Should().ThrowAsync<CatalogConflictException>();
    }

    [Fact]
    public async Task A_client_the_service_is_not_offered_to_is_told_it_does_not_exist_without_consuming_a_number()
    {
        var eligible = await Catalogue.TestDrafts.AddDepartmentAsync(grains);
        var parties = await RequestTestData.PartiesAsync(grains, eligible);

        var act = () => RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));
        var refused = await act.Should().ThrowAsync<CatalogNotFoundException>();
        var accepted = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties, client: eligible));

        refused.Which.Id.Should().Be(parties.ServiceId);
        accepted.Id.Should().Be($"{parties.Prefix}-000001");
    }

    [Fact]
    public async Task An_unknown_client_department_or_a_bad_title_is_refused_naming_the_field()
    {
        var parties = await RequestTestData.PartiesAsync(grains);

        var unknownClient = () => RequestTestData.FileAsync(grains, RequestTestData.Filing(parties, client: "no-such-department"));
        var longTitle = () => RequestTestData.FileAsync(grains, RequestTestData.Filing(parties) with { Title = new string('x', 201) });
        var tooManyAnswers = () => RequestTestData.FileAsync(grains, RequestTestData.Filing(parties) with
        {
            Answers = Enumerable.Range(0, 51).ToDictionary(i => $"q{i}", i => "a"),
        });

        (await unknownClient.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("clientDepartmentId");
        (await longTitle.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("title");
        (await tooManyAnswers.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey("answers");
        (await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties))).Id.Should().Be($"{parties.Prefix}-000001");
    }

    [Fact]
    public async Task An_unknown_request_is_not_found()
    {
        var act = () => grains.GetRequest("NOPE-000001").GetAsync();

        (await act.Should().ThrowAsync<CatalogNotFoundException>()).Which.Kind.Should().Be("request");
    }

    [Fact]
    public async Task Filing_publishes_the_filed_event_first_and_indexes_the_request()
    {
        var parties = await RequestTestData.PartiesAsync(grains);

        var view = await RequestTestData.FileAsync(grains, RequestTestData.Filing(parties));

        var filed = fixture.Events.Of(view.Id).Should().ContainSingle().Which.Should().BeOfType<RequestFiled>().Subject;
        filed.Sequence.Should().Be(1);
        filed.Summary.Status.Should().Be(RequestStatus.Submitted);
        var queue = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, parties.Provider));
        queue.Items.Should().ContainSingle().Which.Id.Should().Be(view.Id);
        queue.Items[0].NextDueAt.Should().Be(view.Clock(ClockKind.Acknowledgement).DueAt);
    }
}
