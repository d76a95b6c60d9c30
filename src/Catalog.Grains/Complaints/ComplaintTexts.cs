using Catalog.Audit;
using Catalog.Complaints;
using Catalog.Domain.Complaints;
using Catalog.Errors;

namespace Catalog.Grains.Complaints;

/// <summary>Checks the texts of complaints and applies the holder's actions to a stored complaint.</summary>
internal static class ComplaintTexts
{
    /// <summary>The trimmed text, or a 400 naming <paramref name="field"/> when empty or longer than <see cref="ComplaintFiling.MaxTextLength"/>.</summary>
    public static string Required(string field, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => throw new CatalogValidationException(field, "Required."),
            > ComplaintFiling.MaxTextLength => throw new CatalogValidationException(field, $"At most {ComplaintFiling.MaxTextLength} characters."),
            _ => trimmed,
        };
    }

    /// <summary>
    /// Applies an action the status allows (checked before): acknowledging; answering (acknowledges too when not done);
    /// resolving (answers with its text too when not done). Returns the audit changes besides the status.
    /// </summary>
    public static List<AuditChange> Apply(ComplaintRecord complaint, ComplaintCommand command, string by, DateTimeOffset now)
    {
        var changes = new List<AuditChange>(4);
        switch (command.Action)
        {
            case ComplaintAction.Acknowledge:
                break;
            case ComplaintAction.Answer:
                var answer = Required("text", command.Text);
                complaint.AnsweredAt = now;
                complaint.AnsweredBy = by;
                complaint.Answer = answer;
                changes.Add(new AuditChange("answer", null, answer));
                break;
            default:
                if (command.Kind is not { } kind || !Enum.IsDefined(kind))
                {
                    throw new CatalogValidationException("kind", $"Required: one of {string.Join(", ", Enum.GetNames<ResolutionKind>())}.");
                }

                var text = Required("text", command.Text);
                if (complaint.AnsweredAt is null)
                {
                    complaint.AnsweredAt = now;
                    complaint.AnsweredBy = by;
                    complaint.Answer = text;
                }

                complaint.ResolvedAt = now;
                complaint.ResolvedBy = by;
                complaint.Resolution = kind;
                complaint.ResolutionText = text;
                changes.Add(new AuditChange("resolution", null, kind.ToString()));
                changes.Add(new AuditChange("resolutionText", null, text));
                break;
        }

        if (complaint.AcknowledgedAt is null)
        {
            complaint.AcknowledgedAt = now;
            complaint.AcknowledgedBy = by;
        }

        return changes;
    }
}
