using Catalog.Access;
using Catalog.Web.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalog.Web.Access;

/// <summary>
/// PUT /api/me/language: each person chooses the language Catalog speaks to them in (French or English): the pages
/// start in it, problem details come in it, and standard messages reach them in it. Audited as a change of the person.
/// </summary>
public static class MeLanguageApi
{
    /// <summary>Maps /api/me/language.</summary>
    public static IEndpointRouteBuilder MapMeLanguageApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("api/me/language").WithTags("Access")
            .MapPut("", SetAsync)
            .WithName("SetMyLanguage")
            .WithSummary("Sets the signed-in person's language: { \"language\": \"fr\" | \"en\" }, or null to follow the browser again.")
            .Accepts<LanguageBody>("application/json")
            .ProducesValidationProblem();
        return endpoints;
    }

    internal static async Task<Results<Ok<LanguageChoice>, ValidationProblem>> SetAsync(
        [FromServices] IGrainFactory grains,
        [FromServices] CatalogClaimsTransformation claims,
        SignedIn me,
        HttpRequest request,
        CancellationToken cancellationToken)
    {
        var (body, errors) = await JsonBody.ReadAsync<LanguageBody>(request, cancellationToken);
        if (body is null)
        {
            return InputProblems.Invalid(errors!);
        }

        if (body.Language is not null and not "fr" and not "en")
        {
            return InputProblems.Invalid(new Dictionary<string, string[]> { ["language"] = ["Use \"fr\", \"en\", or null to follow the browser."] });
        }

        var language = await grains.GetDirectory().SetLanguageAsync(me.UserId, body.Language);
        claims.Forget(me.UserId);
        return TypedResults.Ok(new LanguageChoice(me.UserId, language));
    }
}

/// <summary>The body of PUT /api/me/language.</summary>
/// <param name="Language">"fr", "en", or null to follow the browser.</param>
public sealed record LanguageBody(string? Language);

/// <summary>A person's language choice.</summary>
/// <param name="Id">The person's user id.</param>
/// <param name="Language">"fr", "en", or null.</param>
public sealed record LanguageChoice(string Id, string? Language);
