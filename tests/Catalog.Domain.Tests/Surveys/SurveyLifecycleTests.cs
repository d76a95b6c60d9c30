using Catalog.Domain.Surveys;

namespace Catalog.Domain.Tests.Surveys;

public sealed class SurveyLifecycleTests
{
    [Fact]
    public void The_first_resolve_decides()
    {
        SurveyLifecycle.DecidesOnResolve(SurveyStatus.None).Should().BeTrue();
    }

    [Theory]
    [InlineData(SurveyStatus.Offered)]
    [InlineData(SurveyStatus.Answered)]
    [InlineData(SurveyStatus.Skipped)]
    public void A_resolve_after_a_reopening_never_offers_a_second_survey(SurveyStatus afterFirstResolve)
    {
        SurveyLifecycle.DecidesOnResolve(afterFirstResolve).Should().BeFalse();
    }

    [Fact]
    public void Only_an_offered_survey_takes_an_answer()
    {
        SurveyLifecycle.AnswerRefusal(SurveyStatus.Offered).Should().BeNull();
        SurveyLifecycle.AnswerRefusal(SurveyStatus.Answered).Should().Contain("answered already");
        SurveyLifecycle.AnswerRefusal(SurveyStatus.Skipped).Should().Contain("No survey was offered");
        SurveyLifecycle.AnswerRefusal(SurveyStatus.None).Should().Contain("No survey was offered");
    }

    [Theory]
    [InlineData(null, "score")]
    [InlineData(0, "score")]
    [InlineData(6, "score")]
    [InlineData(-3, "score")]
    public void A_score_outside_one_to_five_is_refused(int? score, string field)
    {
        SurveyAnswerRules.Validate(score, null).Keys.Should().Equal(field);
    }

    [Fact]
    public void Scores_one_to_five_with_or_without_a_comment_are_valid()
    {
        foreach (var score in Enumerable.Range(1, 5))
        {
            SurveyAnswerRules.Validate(score, null).Should().BeEmpty();
            SurveyAnswerRules.Validate(score, new string('x', SurveyAnswerRules.MaxCommentLength)).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_comment_over_the_limit_is_refused() =>
        SurveyAnswerRules.Validate(4, new string('x', SurveyAnswerRules.MaxCommentLength + 1)).Keys.Should().Equal("comment");
}
