using Catalog.Catalogue;
using Catalog.Messages;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Messages;

/// <summary>The 422 answer of a message or template that breaks a rule of the standard, naming the field and the rule.</summary>
internal static class MessageProblems
{
    /// <summary>The problem for <paramref name="refusal"/>, in the caller's language, with its rule as <c>code</c>.</summary>
    public static ProblemHttpResult Unprocessable(HttpContext context, MessageRuleException refusal)
    {
        var french = ProblemLanguage.Of(context) == CatalogueLanguage.French;
        var detail = !french ? refusal.Message : refusal.Code switch
        {
            MessageRuleException.UnknownPlaceholder => "Le modèle contient un champ de fusion inconnu : " + refusal.Message,
            MessageRuleException.FollowUpOutOfRange => "La date de suivi doit tomber au plus tard 5 jours ouvrables après la réception de la demande. " + refusal.Message,
            _ => refusal.Message,
        };
        var problem = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Message] })
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = french ? "La règle de la norme n'est pas respectée." : "The message breaks a rule of the standard.",
            Detail = detail,
        };
        problem.Extensions[LocalizedProblems.CodeKey] = refusal.Code;
        return TypedResults.Problem(problem);
    }
}
