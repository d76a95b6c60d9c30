using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Domain.Sla;
using static Catalog.Domain.Sla.ClockEffect;
using static Catalog.Catalogue.ClockKind;

namespace Catalog.Domain.Tests.Sla;

public sealed class ClockRulesTests
{
    [Theory]
    // Acknowledgement: stops at the provider's first acknowledge, start, resolve or wait; a comment is not one.
    [InlineData(Acknowledgement, RequestAction.Acknowledge, Stop)]
    [InlineData(Acknowledgement, RequestAction.Start, Stop)]
    [InlineData(Acknowledgement, RequestAction.WaitOnClient, Stop)]
    [InlineData(Acknowledgement, RequestAction.Resume, Resume)]
    [InlineData(Acknowledgement, RequestAction.Resolve, Stop)]
    [InlineData(Acknowledgement, RequestAction.Close, Stop)]
    [InlineData(Acknowledgement, RequestAction.Cancel, Stop)]
    [InlineData(Acknowledgement, RequestAction.Reopen, None)]
    [InlineData(Acknowledgement, RequestAction.Comment, None)]
    // FirstAnswer: stops at the provider's first comment, wait or resolve.
    [InlineData(FirstAnswer, RequestAction.Acknowledge, None)]
    [InlineData(FirstAnswer, RequestAction.Start, None)]
    [InlineData(FirstAnswer, RequestAction.WaitOnClient, Stop)]
    [InlineData(FirstAnswer, RequestAction.Resume, Resume)]
    [InlineData(FirstAnswer, RequestAction.Resolve, Stop)]
    [InlineData(FirstAnswer, RequestAction.Close, Stop)]
    [InlineData(FirstAnswer, RequestAction.Cancel, Stop)]
    [InlineData(FirstAnswer, RequestAction.Reopen, None)]
    [InlineData(FirstAnswer, RequestAction.Comment, Stop)]
    // Resolution: pauses while waiting on the client, stops at resolve, starts again at reopen.
    [InlineData(Resolution, RequestAction.Acknowledge, None)]
    [InlineData(Resolution, RequestAction.Start, None)]
    [InlineData(Resolution, RequestAction.WaitOnClient, Pause)]
    [InlineData(Resolution, RequestAction.Resume, Resume)]
    [InlineData(Resolution, RequestAction.Resolve, Stop)]
    [InlineData(Resolution, RequestAction.Close, Stop)]
    [InlineData(Resolution, RequestAction.Cancel, Stop)]
    [InlineData(Resolution, RequestAction.Reopen, Start)]
    [InlineData(Resolution, RequestAction.Comment, None)]
    // ClientResponse: runs only while waiting on the client.
    [InlineData(ClientResponse, RequestAction.Acknowledge, None)]
    [InlineData(ClientResponse, RequestAction.Start, None)]
    [InlineData(ClientResponse, RequestAction.WaitOnClient, Start)]
    [InlineData(ClientResponse, RequestAction.Resume, Stop)]
    [InlineData(ClientResponse, RequestAction.Resolve, Stop)]
    [InlineData(ClientResponse, RequestAction.Close, Stop)]
    [InlineData(ClientResponse, RequestAction.Cancel, Stop)]
    [InlineData(ClientResponse, RequestAction.Reopen, None)]
    [InlineData(ClientResponse, RequestAction.Comment, None)]
    public void A_provider_action_has_the_designed_effect_on_each_clock_from_every_status_allowing_it(ClockKind clock, RequestAction action, ClockEffect expected)
    {
        foreach (var (before, after) in LegalTransitions(action))
        {
            ClockRules.Effect(clock, action, byProvider: true, before, after).Should().Be(expected, "{0} from {1}", action, before);
        }
    }

    [Theory]
    // The client's actions neither acknowledge nor answer: a wait only pauses, a comment changes nothing.
    [InlineData(Acknowledgement, RequestAction.Acknowledge, None)]
    [InlineData(Acknowledgement, RequestAction.Start, None)]
    [InlineData(Acknowledgement, RequestAction.WaitOnClient, Pause)]
    [InlineData(Acknowledgement, RequestAction.Resume, Resume)]
    [InlineData(Acknowledgement, RequestAction.Resolve, Stop)]
    [InlineData(Acknowledgement, RequestAction.Close, Stop)]
    [InlineData(Acknowledgement, RequestAction.Cancel, Stop)]
    [InlineData(Acknowledgement, RequestAction.Reopen, None)]
    [InlineData(Acknowledgement, RequestAction.Comment, None)]
    [InlineData(FirstAnswer, RequestAction.Acknowledge, None)]
    [InlineData(FirstAnswer, RequestAction.Start, None)]
    [InlineData(FirstAnswer, RequestAction.WaitOnClient, Pause)]
    [InlineData(FirstAnswer, RequestAction.Resume, Resume)]
    [InlineData(FirstAnswer, RequestAction.Resolve, Stop)]
    [InlineData(FirstAnswer, RequestAction.Close, Stop)]
    [InlineData(FirstAnswer, RequestAction.Cancel, Stop)]
    [InlineData(FirstAnswer, RequestAction.Reopen, None)]
    [InlineData(FirstAnswer, RequestAction.Comment, None)]
    [InlineData(Resolution, RequestAction.Acknowledge, None)]
    [InlineData(Resolution, RequestAction.Start, None)]
    [InlineData(Resolution, RequestAction.WaitOnClient, Pause)]
    [InlineData(Resolution, RequestAction.Resume, Resume)]
    [InlineData(Resolution, RequestAction.Resolve, Stop)]
    [InlineData(Resolution, RequestAction.Close, Stop)]
    [InlineData(Resolution, RequestAction.Cancel, Stop)]
    [InlineData(Resolution, RequestAction.Reopen, Start)]
    [InlineData(Resolution, RequestAction.Comment, None)]
    [InlineData(ClientResponse, RequestAction.Acknowledge, None)]
    [InlineData(ClientResponse, RequestAction.Start, None)]
    [InlineData(ClientResponse, RequestAction.WaitOnClient, Start)]
    [InlineData(ClientResponse, RequestAction.Resume, Stop)]
    [InlineData(ClientResponse, RequestAction.Resolve, Stop)]
    [InlineData(ClientResponse, RequestAction.Close, Stop)]
    [InlineData(ClientResponse, RequestAction.Cancel, Stop)]
    [InlineData(ClientResponse, RequestAction.Reopen, None)]
    [InlineData(ClientResponse, RequestAction.Comment, None)]
    public void A_client_action_has_the_designed_effect_on_each_clock_from_every_status_allowing_it(ClockKind clock, RequestAction action, ClockEffect expected)
    {
        foreach (var (before, after) in LegalTransitions(action))
        {
            ClockRules.Effect(clock, action, byProvider: false, before, after).Should().Be(expected, "{0} from {1}", action, before);
        }
    }

    [Fact]
    public void A_provider_comment_is_a_first_answer_but_not_an_acknowledgement()
    {
        Effect(Acknowledgement, RequestAction.Comment, RequestStatus.Submitted).Should().Be(None);
        Effect(FirstAnswer, RequestAction.Comment, RequestStatus.Submitted).Should().Be(Stop);
    }

    [Fact]
    public void Cancel_and_close_stop_every_clock()
    {
        foreach (var clock in Enum.GetValues<ClockKind>())
        {
            Effect(clock, RequestAction.Cancel, RequestStatus.WaitingOnClient).Should().Be(Stop);
            Effect(clock, RequestAction.Close, RequestStatus.Resolved).Should().Be(Stop);
        }
    }

    [Fact]
    public void An_illegal_transition_is_rejected()
    {
        var illegal = () => ClockRules.Effect(Resolution, RequestAction.Resolve, true, RequestStatus.WaitingOnClient, RequestStatus.Resolved);
        var wrongAfter = () => ClockRules.Effect(Resolution, RequestAction.Start, true, RequestStatus.Submitted, RequestStatus.Acknowledged);

        illegal.Should().Throw<ArgumentException>().WithMessage("Resolve does not lead from WaitingOnClient to Resolved*");
        wrongAfter.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void An_unknown_clock_is_rejected()
    {
        var act = () => ClockRules.Effect((ClockKind)7, RequestAction.Comment, true, RequestStatus.Submitted, RequestStatus.Submitted);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Only_the_client_response_clock_waits_for_a_pause_starts_fresh_and_is_held_by_the_client()
    {
        foreach (var clock in new[] { Acknowledgement, FirstAnswer, Resolution })
        {
            ClockRules.StartsAtFiling(clock).Should().BeTrue();
            ClockRules.StartsFresh(clock).Should().BeFalse();
            ClockRules.IsHeldByClient(clock).Should().BeFalse();
        }

        ClockRules.StartsAtFiling(ClientResponse).Should().BeFalse();
        ClockRules.StartsFresh(ClientResponse).Should().BeTrue();
        ClockRules.IsHeldByClient(ClientResponse).Should().BeTrue();
    }

    [Fact]
    public void Clock_numbers_match_the_grain_contract_ClockKind()
    {
        ((int)Acknowledgement).Should().Be(0);
        ((int)FirstAnswer).Should().Be(1);
        ((int)Resolution).Should().Be(2);
        ((int)ClientResponse).Should().Be(3);
    }

    private static ClockEffect Effect(ClockKind clock, RequestAction action, RequestStatus before) =>
        ClockRules.Effect(clock, action, byProvider: true, before, RequestLifecycle.Next(before, action)!.Value);

    private static IEnumerable<(RequestStatus Before, RequestStatus After)> LegalTransitions(RequestAction action)
    {
        var found = false;
        foreach (var before in Enum.GetValues<RequestStatus>())
        {
            if (RequestLifecycle.Next(before, action) is { } after)
            {
                found = true;
                yield return (before, after);
            }
        }

        found.Should().BeTrue("every action is allowed somewhere");
    }
}
