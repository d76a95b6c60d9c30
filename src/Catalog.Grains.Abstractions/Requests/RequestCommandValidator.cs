using Catalog.Domain.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Errors;

namespace Catalog.Requests;

/// <summary>
/// The rules of an action on a request that do not depend on its state (the lifecycle is the grain's to check):
/// the web tier checks a body with them, the request grain checks again. Field paths as in the JSON.
/// </summary>
public static class RequestCommandValidator
{
    /// <summary>The longest name of whoever acts.</summary>
    public const int MaxBy = 200;

    /// <summary>The longest comment.</summary>
    public const int MaxComment = 4000;

    /// <summary>Throws <see cref="CatalogValidationException"/> naming every failing field.</summary>
    public static void EnsureValid(RequestCommand command)
    {
        var errors = Validate(command);
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }
    }

    /// <summary>The failures of a command (empty when valid).</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(RequestCommand command)
    {
        var errors = new ValidationErrors();
        if (!Enum.IsDefined(command.Action))
        {
            errors.Add("action", $"One of {string.Join(", ", Enum.GetNames<RequestAction>())}.");
        }

        errors.RequireText("by", command.By, MaxBy);
        if (command.Reason is { } reason && !Enum.IsDefined(reason))
        {
            errors.Add("reason", $"One of {string.Join(", ", Enum.GetNames<PauseReason>())}.");
        }
        else if (command.Action == RequestAction.WaitOnClient && command.Reason is null)
        {
            errors.Add("reason", "Say why the request waits on the client.");
        }

        if (command.Action == RequestAction.Comment)
        {
            errors.RequireText("comment", command.Comment, MaxComment);
        }
        else
        {
            errors.LimitText("comment", command.Comment, MaxComment);
        }

        if (command.IdempotencyKey is { } key && (key.Length is 0 or > FileRequestValidator.MaxIdempotencyKey || key.Any(char.IsControl)))
        {
            errors.Add("idempotencyKey", $"Between 1 and {FileRequestValidator.MaxIdempotencyKey} printable characters.");
        }

        return errors.ToDictionary();
    }
}
