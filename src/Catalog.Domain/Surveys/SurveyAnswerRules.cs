using Catalog.Domain.Catalogue;

namespace Catalog.Domain.Surveys;

/// <summary>What an answer holds: a score from 1 (very dissatisfied) to 5 (very satisfied) and an optional comment.</summary>
public static class SurveyAnswerRules
{
    /// <summary>The lowest score.</summary>
    public const int MinScore = 1;

    /// <summary>The highest score.</summary>
    public const int MaxScore = 5;

    /// <summary>The longest comment.</summary>
    public const int MaxCommentLength = 2000;

    /// <summary>The failures per field ("score", "comment"); empty when the answer is valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(int? score, string? comment)
    {
        var errors = new ValidationErrors();
        if (score is null)
        {
            errors.Add("score", $"Required: a whole number from {MinScore} to {MaxScore}.");
        }
        else if (score is < MinScore or > MaxScore)
        {
            errors.Add("score", $"A whole number from {MinScore} to {MaxScore}.");
        }

        errors.LimitText("comment", comment, MaxCommentLength);
        return errors.ToDictionary();
    }
}
