using Catalog.Domain.Catalogue;
using Catalog.Errors;

namespace Catalog.Requests;

/// <summary>
/// The rules of a filing that need no lookup, as pure code: the web tier checks a body with them before calling a
/// grain, and the intake checks again. Field paths are camelCase, as in the JSON ("title", "answers.costCentre").
/// Whether the service and the client department exist, and may go together, is the intake's to check.
/// </summary>
public static class FileRequestValidator
{
    /// <summary>The longest title.</summary>
    public const int MaxTitle = 200;

    /// <summary>The longest requester name.</summary>
    public const int MaxRequester = 200;

    /// <summary>How many form answers a request may carry.</summary>
    public const int MaxAnswers = 50;

    /// <summary>The longest question key of a form answer.</summary>
    public const int MaxAnswerKey = 100;

    /// <summary>The longest form answer.</summary>
    public const int MaxAnswer = 4000;

    /// <summary>The longest idempotency key.</summary>
    public const int MaxIdempotencyKey = 100;

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(FileRequest request)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }

    /// <summary>The failures of a filing (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(FileRequest request)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.ServiceId))
        {
            errors.Add("serviceId", "Required.");
        }

        if (string.IsNullOrWhiteSpace(request.ClientDepartmentId))
        {
            errors.Add("clientDepartmentId", "Required.");
        }
        else if (!CatalogueIds.IsDepartmentId(request.ClientDepartmentId))
        {
            errors.Add("clientDepartmentId", $"Unknown department '{request.ClientDepartmentId}'.");
        }

        errors.RequireText("requester", request.Requester, MaxRequester);
        errors.RequireText("title", request.Title, MaxTitle);
        CheckAnswers(errors, request.Answers);
        if (request.IdempotencyKey is { } key && (key.Length is 0 or > MaxIdempotencyKey || key.Any(char.IsControl)))
        {
            errors.Add("idempotencyKey", $"Between 1 and {MaxIdempotencyKey} printable characters.");
        }

        return errors.ToDictionary();
    }

    private static void CheckAnswers(ValidationErrors errors, IReadOnlyDictionary<string, string>? answers)
    {
        if (answers is null)
        {
            return;
        }

        if (answers.Count > MaxAnswers)
        {
            errors.Add("answers", $"At most {MaxAnswers} answers.");
        }

        foreach (var (question, answer) in answers)
        {
            if (string.IsNullOrWhiteSpace(question) || question.Length > MaxAnswerKey)
            {
                errors.Add("answers", $"Each question key is 1 to {MaxAnswerKey} characters.");
            }
            else if (answer is null)
            {
                errors.Add($"answers.{question}", "Required (use an empty text for no answer).");
            }
            else if (answer.Length > MaxAnswer)
            {
                errors.Add($"answers.{question}", $"At most {MaxAnswer} characters.");
            }
        }
    }
}
