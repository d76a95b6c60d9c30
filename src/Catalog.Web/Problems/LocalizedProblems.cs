using Catalog.Catalogue;
using Catalog.Errors;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Problems;

/// <summary>
/// Every problem details answer, as it is written (<see cref="ProblemDetailsOptions.CustomizeProblemDetails"/>):
/// adds the stable <c>code</c> (<see cref="ProblemCodes"/>) and, for a reader of French, puts the title and, for the
/// common kinds (validation, forbidden, not found, conflict, rate limited, unavailable), the detail in French. The
/// server's own English words stay in <c>reason</c>, as the one-off details of a refusal are not translated. Type,
/// status, code, errors and allowed never change with the language.
/// </summary>
internal static class LocalizedProblems
{
    /// <summary>The property holding the stable code.</summary>
    public const string CodeKey = "code";

    /// <summary>The property keeping the English detail a French one replaced.</summary>
    public const string ReasonKey = "reason";

    /// <summary>Adds the code and translates the problem for the caller.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Extensions.TryAdd(CodeKey, ProblemCodes.For(status, problem is HttpValidationProblemDetails));
        if (ProblemLanguage.Of(context.HttpContext) != CatalogueLanguage.French)
        {
            return;
        }

        var (title, detail) = French(status, problem, context.Exception);
        if (title is not null)
        {
            problem.Title = title;
        }

        if (detail is not null)
        {
            if (!string.IsNullOrEmpty(problem.Detail) && problem.Detail != detail)
            {
                problem.Extensions.TryAdd(ReasonKey, problem.Detail);
            }

            problem.Detail = detail;
        }
    }

    private static (string? Title, string? Detail) French(int status, ProblemDetails problem, Exception? exception) => status switch
    {
        400 when problem is HttpValidationProblemDetails => ("Les données ne sont pas valides.", "Corrigez les champs signalés."),
        400 => ("La requête est mal formée.", null),
        401 => ("Connexion requise.", "Connectez-vous pour continuer."),
        403 => ("Action non permise.", "Vous n'avez pas les droits requis pour cette action."),
        404 => ("Introuvable.", exception is CatalogNotFoundException n ? NotFound(n.Kind, n.Id) : "Ce que vous cherchez n'existe pas."),
        409 => ("Impossible pour le moment.", "Cette action n'est pas possible dans l'état actuel."),
        422 => ("La règle de la norme n'est pas respectée.", null),
        429 => ("Trop de requêtes.", "Ralentissez : réessayez après le délai indiqué dans l'en-tête Retry-After."),
        503 => ("Catalog est brièvement indisponible.",
            $"Une partie de Catalog (sa grappe ou son stockage) n'a pas répondu à temps. Réessayez dans {Unavailability.RetryAfterSeconds} secondes; " +
            "une demande renvoyée avec la même clé Idempotency-Key n'est jamais déposée deux fois."),
        >= 500 => ("Une erreur inattendue s'est produite.", null),
        _ => (null, null),
    };

    private static string NotFound(string kind, string id) => kind switch
    {
        "request" => $"Aucune demande « {id} » n'existe.",
        "service" => $"Aucun service « {id} » n'existe.",
        "department" => $"Aucun département « {id} » n'existe.",
        "person" or "user" => $"Aucune personne « {id} » n'existe.",
        "agreement" => $"Aucune entente « {id} » n'existe.",
        "calendar" => $"Aucun calendrier « {id} » n'existe.",
        "message template" => $"Aucun modèle de message « {id} » n'existe.",
        _ => $"« {id} » n'existe pas ({kind}).",
    };
}
