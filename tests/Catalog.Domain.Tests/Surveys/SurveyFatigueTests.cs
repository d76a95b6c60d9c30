using Catalog.Domain.Surveys;

namespace Catalog.Domain.Tests.Surveys;

public sealed class SurveyFatigueTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Week = SurveyFatigue.DefaultMinimumInterval;

    [Fact]
    public void A_person_never_surveyed_is_offered_one() =>
        SurveyFatigue.Decide(null, Monday, Week).Should().Be(new FatigueDecision(true, null, null));

    [Fact]
    public void The_default_interval_is_a_week() => Week.Should().Be(TimeSpan.FromDays(7));

    [Fact]
    public void A_resolve_one_tick_short_of_a_week_after_the_last_offer_gets_no_survey()
    {
        var decision = SurveyFatigue.Decide(Monday, Monday + Week - TimeSpan.FromTicks(1), Week);

        decision.Offer.Should().BeFalse();
        decision.LastOfferedAt.Should().Be(Monday);
        decision.NextAllowedAt.Should().Be(Monday + Week);
    }

    [Fact]
    public void A_resolve_exactly_a_week_after_the_last_offer_gets_a_survey() =>
        SurveyFatigue.Decide(Monday, Monday + Week, Week).Offer.Should().BeTrue();

    [Fact]
    public void A_resolve_the_same_instant_as_the_last_offer_gets_no_survey() =>
        SurveyFatigue.Decide(Monday, Monday, Week).Offer.Should().BeFalse();

    [Fact]
    public void A_resolve_dated_before_the_last_offer_gets_no_survey() =>
        SurveyFatigue.Decide(Monday, Monday - TimeSpan.FromDays(30), Week).Offer.Should().BeFalse();

    [Fact]
    public void The_window_is_measured_in_instants_whatever_the_offsets()
    {
        var lastInToronto = Monday.ToOffset(TimeSpan.FromHours(-5));
        var aWeekLaterInParis = (Monday + Week).ToOffset(TimeSpan.FromHours(1));

        SurveyFatigue.Decide(lastInToronto, aWeekLaterInParis, Week).Offer.Should().BeTrue();
        SurveyFatigue.Decide(lastInToronto, aWeekLaterInParis.AddSeconds(-1), Week).Offer.Should().BeFalse();
    }

    [Fact]
    public void A_zero_interval_turns_the_rule_off() =>
        SurveyFatigue.Decide(Monday, Monday, TimeSpan.Zero).Offer.Should().BeTrue();

    [Fact]
    public void A_negative_interval_is_refused()
    {
        var act = () => SurveyFatigue.Decide(Monday, Monday, TimeSpan.FromSeconds(-1));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
