using Catalog.Domain.Surveys;

namespace Catalog.Domain.Tests.Surveys;

public sealed class SatisfactionAggregationTests
{
    private static SurveyOutcome Outcome(int? score, string service = "it.laptop", string client = "hr") =>
        new(service, "it", client, "it", score);

    [Fact]
    public void No_surveys_have_no_mean_and_no_response_rate()
    {
        var figures = SatisfactionAggregation.Of([]);

        figures.Offered.Should().Be(0);
        figures.Answered.Should().Be(0);
        figures.Mean.Should().BeNull();
        figures.ResponseRate.Should().BeNull();
        figures.Distribution.Should().Equal(0, 0, 0, 0, 0);
    }

    [Fact]
    public void Offered_surveys_without_answers_count_in_the_response_rate_only()
    {
        var figures = SatisfactionAggregation.Of([Outcome(null), Outcome(null)]);

        figures.Offered.Should().Be(2);
        figures.Answered.Should().Be(0);
        figures.Mean.Should().BeNull();
        figures.ResponseRate.Should().Be(0);
    }

    [Fact]
    public void Mean_distribution_and_response_rate_match_a_hand_count()
    {
        // Answers 5, 4, 4, 1 and two unanswered: mean 14 / 4 = 3.5; rate 4 / 6 = 0.6667.
        var figures = SatisfactionAggregation.Of([Outcome(5), Outcome(4), Outcome(null), Outcome(4), Outcome(1), Outcome(null)]);

        figures.Offered.Should().Be(6);
        figures.Answered.Should().Be(4);
        figures.Mean.Should().Be(3.5);
        figures.Distribution.Should().Equal(1, 0, 0, 2, 1);
        figures.ResponseRate.Should().Be(0.6667);
    }

    [Fact]
    public void The_mean_is_rounded_to_two_decimals()
    {
        // 5 + 4 + 4 = 13 / 3 = 4.333…
        SatisfactionAggregation.Of([Outcome(5), Outcome(4), Outcome(4)]).Mean.Should().Be(4.33);
    }

    [Fact]
    public void Groups_by_service_and_by_department_pair_each_count_their_own()
    {
        SurveyOutcome[] outcomes =
        [
            Outcome(5, "it.laptop", "hr"),
            Outcome(3, "it.laptop", "finance"),
            Outcome(null, "it.password", "hr"),
            Outcome(2, "it.password", "hr"),
        ];

        var byService = SatisfactionAggregation.By(outcomes, o => o.ServiceId);
        var byPair = SatisfactionAggregation.By(outcomes, o => SatisfactionAggregation.PairKey(o.ProviderDepartmentId, o.ClientDepartmentId));

        byService.Select(g => g.Key).Should().Equal("it.laptop", "it.password");
        byService[0].Value.Mean.Should().Be(4);
        byService[1].Value.Should().BeEquivalentTo(new { Offered = 2, Answered = 1, Mean = 2.0, ResponseRate = 0.5 });
        byPair.Select(g => g.Key).Should().Equal("it→finance", "it→hr");
        byPair[1].Value.Should().BeEquivalentTo(new { Offered = 3, Answered = 2, Mean = 3.5 });
        byPair[1].Value.Distribution.Should().Equal(0, 1, 0, 0, 1);
    }
}
