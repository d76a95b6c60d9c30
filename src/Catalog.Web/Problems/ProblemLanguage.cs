using Catalog.Catalogue;
using Catalog.Web.Access;
using Microsoft.Net.Http.Headers;

namespace Catalog.Web.Problems;

/// <summary>
/// The language to tell a person something in: the one they chose (their sign-in carries it), else the first of
/// French or English their browser asks for (Accept-Language, by quality), else English.
/// </summary>
internal static class ProblemLanguage
{
    /// <summary>"fr" or "en" for the caller of <paramref name="context"/>.</summary>
    public static string Of(HttpContext context)
    {
        if (CatalogClaims.LanguageOf(context.User) is { } chosen)
        {
            return CatalogueLanguage.Normalize(chosen);
        }

        if (StringWithQualityHeaderValue.TryParseList(context.Request.Headers.AcceptLanguage, out var accepted))
        {
            var best = accepted
                .Where(a => a.Value.HasValue)
                .OrderByDescending(a => a.Quality ?? 1)
                .Select(a => a.Value.Value!)
                .FirstOrDefault(v => v.StartsWith("fr", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en", StringComparison.OrdinalIgnoreCase));
            if (best is not null)
            {
                return CatalogueLanguage.Normalize(best);
            }
        }

        return CatalogueLanguage.English;
    }
}
