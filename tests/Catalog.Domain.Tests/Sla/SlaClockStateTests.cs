using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using static Catalog.Domain.Tests.Sla.SlaCalendars;

namespace Catalog.Domain.Tests.Sla;

public sealed class SlaClockStateTests
{
    private static readonly ClockTarget FourHours = new(TimeSpan.FromHours(4));

    [Fact]
    public void Begin_starts_a_running_clock()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");

        clock.IsRunning.Should().BeTrue();
        clock.Spans.Should().Equal(new ClockSpan(Friday(16), null, "it"));
        clock.Evaluate(Toronto, Friday(16)).DueAt.Should().Be(Monday(12));
    }

    [Fact]
    public void Pause_and_resume_close_and_open_spans()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");

        clock.Apply(ClockEffect.Pause, Monday(9), "it").Should().BeTrue();
        clock.IsPaused.Should().BeTrue();
        clock.Apply(ClockEffect.Pause, Monday(10), "it").Should().BeFalse();
        clock.Apply(ClockEffect.Resume, Tuesday(9), "it").Should().BeTrue();
        clock.Apply(ClockEffect.Resume, Tuesday(10), "it").Should().BeFalse();

        clock.Spans.Should().Equal(new ClockSpan(Friday(16), Monday(9), "it"), new ClockSpan(Tuesday(9), null, "it"));
        clock.Evaluate(Toronto, Tuesday(9)).DueAt.Should().Be(Tuesday(12));
    }

    [Fact]
    public void A_stopped_clock_ignores_pause_and_resume()
    {
        var clock = SlaClockState.Begin(ClockKind.Acknowledgement, FourHours, Friday(16), "it");

        clock.Apply(ClockEffect.Stop, Monday(9), "it").Should().BeTrue();
        clock.Apply(ClockEffect.Stop, Monday(9), "it").Should().BeFalse();
        clock.Apply(ClockEffect.Resume, Monday(10), "it").Should().BeFalse();
        clock.Apply(ClockEffect.Pause, Monday(10), "it").Should().BeFalse();

        clock.Stopped.Should().BeTrue();
        clock.IsPaused.Should().BeFalse();
        clock.Spans.Should().Equal(new ClockSpan(Friday(16), Monday(9), "it"));
    }

    [Fact]
    public void Start_revives_a_stopped_clock_in_a_new_span_keeping_the_time_already_spent()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");
        clock.Apply(ClockEffect.Stop, Monday(9), "it");

        clock.Apply(ClockEffect.Start, Monday(13), "it").Should().BeTrue();
        clock.Apply(ClockEffect.Start, Monday(14), "it").Should().BeFalse();

        clock.Stopped.Should().BeFalse();
        var reading = clock.Evaluate(Toronto, Monday(14));
        reading.Elapsed.Should().Be(TimeSpan.FromHours(2));
        reading.DueAt.Should().Be(Monday(16));
    }

    [Fact]
    public void A_clock_that_never_started_can_be_stopped_but_not_resumed_or_paused()
    {
        var clock = new SlaClockState { Kind = ClockKind.ClientResponse, Target = FourHours };

        clock.Apply(ClockEffect.Resume, Monday(9), "hr").Should().BeFalse();
        clock.Apply(ClockEffect.Pause, Monday(9), "hr").Should().BeFalse();
        clock.Apply(ClockEffect.Stop, Monday(9), "hr").Should().BeTrue();

        clock.HasStarted.Should().BeFalse();
        clock.Stopped.Should().BeTrue();
    }

    [Fact]
    public void A_span_is_never_closed_before_it_started()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Monday(10), "it");

        clock.Apply(ClockEffect.Pause, Monday(9), "it");

        clock.Spans.Should().Equal(new ClockSpan(Monday(10), Monday(10), "it"));
    }

    [Fact]
    public void An_unknown_effect_is_rejected()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Monday(10), "it");

        var act = () => clock.Apply((ClockEffect)9, Monday(11), "it");

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_transfer_splits_the_running_span_between_departments()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");

        clock.TransferTo(Monday(10), "facilities").Should().BeTrue();
        clock.TransferTo(Monday(11), "facilities").Should().BeFalse();

        clock.ElapsedByDepartment(Toronto, Monday(14)).Should().BeEquivalentTo(new Dictionary<string, TimeSpan>
        {
            ["it"] = TimeSpan.FromHours(2),
            ["facilities"] = TimeSpan.FromHours(3),
        });
    }

    [Fact]
    public void A_breach_noticed_late_is_recorded_at_the_business_time_instant_it_happened()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");

        // The silo was down over Monday; the check runs on Tuesday morning.
        var recorded = clock.RecordCrossings(Toronto, Tuesday(10));

        recorded.Should().Be((true, true));
        clock.AtRiskAt.Should().Be(Monday(11));
        clock.BreachedAt.Should().Be(Monday(12));
    }

    [Fact]
    public void Crossings_are_recorded_once()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");

        clock.RecordCrossings(Toronto, Monday(11, 30)).Should().Be((true, false));
        clock.RecordCrossings(Toronto, Monday(11, 45)).Should().Be((false, false));
        clock.RecordCrossings(Toronto, Monday(12)).Should().Be((false, true));
        clock.RecordCrossings(Toronto, Monday(15)).Should().Be((false, false));

        clock.AtRiskAt.Should().Be(Monday(11));
        clock.BreachedAt.Should().Be(Monday(12));
    }

    [Fact]
    public void A_clock_paused_after_its_breach_records_the_breach_inside_its_spans()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");
        clock.Apply(ClockEffect.Pause, Monday(14), "it");

        clock.RecordCrossings(Toronto, Tuesday(10)).Should().Be((true, true));

        clock.BreachedAt.Should().Be(Monday(12));
    }

    [Fact]
    public void Clone_copies_the_spans()
    {
        var clock = SlaClockState.Begin(ClockKind.Resolution, FourHours, Friday(16), "it");
        clock.BreachedAt = Monday(12);

        var copy = clock.Clone();
        copy.Apply(ClockEffect.Pause, Monday(9), "it");

        clock.IsRunning.Should().BeTrue();
        copy.Should().BeEquivalentTo(clock, options => options.Excluding(c => c.Spans).Excluding(c => c.IsRunning).Excluding(c => c.IsPaused));
        copy.Spans.Should().NotBeSameAs(clock.Spans);
    }

    [Fact]
    public void A_request_lifecycle_drives_the_four_clocks_as_designed()
    {
        // Filed Friday 16:00; acknowledged Monday 9:00, started 9:30, waits on the client from 10:00,
        // the client answers Tuesday 9:00 and the provider resolves at 11:00.
        var request = new RequestClocks(Friday(16));

        request.Act(RequestAction.Acknowledge, Monday(9));
        request.Act(RequestAction.Start, Monday(9, 30));
        request.Act(RequestAction.WaitOnClient, Monday(10));
        var waiting = request.Clocks.Single(c => c.Kind == ClockKind.ClientResponse);
        waiting.IsRunning.Should().BeTrue();
        waiting.Spans[0].HolderDepartment.Should().Be("hr");
        request.Act(RequestAction.Resume, Tuesday(9), byProvider: false);
        request.Act(RequestAction.Resolve, Tuesday(11));

        request.Status.Should().Be(RequestStatus.Resolved);
        request.Clocks.Should().OnlyContain(c => c.Stopped);
        var elapsed = request.Clocks.ToDictionary(c => c.Kind, c => c.Evaluate(Toronto, Tuesday(15)).Elapsed);
        elapsed[ClockKind.Acknowledgement].Should().Be(TimeSpan.FromHours(1));
        elapsed[ClockKind.FirstAnswer].Should().Be(TimeSpan.FromHours(2));
        elapsed[ClockKind.Resolution].Should().Be(TimeSpan.FromHours(4));
        elapsed[ClockKind.ClientResponse].Should().Be(TimeSpan.FromHours(6));
        request.Clocks.Single(c => c.Kind == ClockKind.Resolution).Evaluate(Toronto, Tuesday(15)).IsBreached.Should().BeTrue("a clock that reaches its target exactly is breached");
    }

    [Fact]
    public void Each_wait_on_the_client_starts_a_fresh_client_response_clock_and_reopen_resumes_resolution()
    {
        var request = new RequestClocks(Monday(8, 30));

        request.Act(RequestAction.Acknowledge, Monday(9));
        request.Act(RequestAction.WaitOnClient, Monday(10));
        request.Act(RequestAction.Resume, Monday(11), byProvider: false);
        request.Act(RequestAction.WaitOnClient, Monday(13));
        request.Act(RequestAction.Resume, Monday(14), byProvider: false);
        request.Act(RequestAction.Resolve, Monday(15));
        request.Act(RequestAction.Reopen, Tuesday(9), byProvider: false);

        request.Clocks.Where(c => c.Kind == ClockKind.ClientResponse).Select(c => c.Evaluate(Toronto, Tuesday(10)).Elapsed)
            .Should().Equal(TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        var resolution = request.Clocks.Single(c => c.Kind == ClockKind.Resolution);
        resolution.IsRunning.Should().BeTrue();
        resolution.Evaluate(Toronto, Tuesday(10)).Elapsed.Should().Be(TimeSpan.FromHours(4.5));
    }

    /// <summary>What the request grain does with these types: one clock per kind, a fresh client-response clock per pause.</summary>
    private sealed class RequestClocks
    {
        private static readonly ClockTarget TwoDays = new(TimeSpan.FromHours(14));

        public RequestClocks(DateTimeOffset filed)
        {
            Clocks = [.. Enum.GetValues<ClockKind>().Where(ClockRules.StartsAtFiling).Select(kind => SlaClockState.Begin(kind, FourHours, filed, "it"))];
        }

        public RequestStatus Status { get; private set; } = RequestStatus.Submitted;

        public List<SlaClockState> Clocks { get; }

        public void Act(RequestAction action, DateTimeOffset now, bool byProvider = true)
        {
            var after = RequestLifecycle.Next(Status, action) ?? throw new InvalidOperationException($"{action} is not allowed in {Status}.");
            foreach (var kind in Enum.GetValues<ClockKind>())
            {
                var effect = ClockRules.Effect(kind, action, byProvider, Status, after);
                var holder = ClockRules.IsHeldByClient(kind) ? "hr" : "it";
                var current = Clocks.LastOrDefault(c => c.Kind == kind);
                if (effect == ClockEffect.Start && (current is null || ClockRules.StartsFresh(kind)))
                {
                    Clocks.Add(SlaClockState.Begin(kind, TwoDays, now, holder));
                }
                else
                {
                    current?.Apply(effect, now, holder);
                }
            }

            Status = after;
        }
    }
}
