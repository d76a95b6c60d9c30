namespace Catalog.Domain.Surveys;

/// <summary>
/// The satisfaction of a set of surveys: how many were offered and answered, the mean score, how many answers gave
/// each score, and the response rate.
/// </summary>
/// <param name="Offered">Surveys offered (answered or not).</param>
/// <param name="Answered">Surveys answered.</param>
/// <param name="Mean">The mean score of the answers, rounded to two decimals; null without answers.</param>
/// <param name="Distribution">Answers per score: index 0 counts the 1s, index 4 the 5s.</param>
/// <param name="ResponseRate">Answered / offered, from 0 to 1, rounded to four decimals; null when none was offered.</param>
public sealed record SatisfactionFigures(int Offered, int Answered, double? Mean, IReadOnlyList<int> Distribution, double? ResponseRate)
{
    /// <summary>No surveys at all.</summary>
    public static SatisfactionFigures Empty { get; } = new(0, 0, null, new int[SurveyAnswerRules.MaxScore], null);
}
