using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalog.Web.Problems;

/// <summary>The one shape of a 400 for a user's input, whether an endpoint or a grain found the mistake.</summary>
internal static class InputProblems
{
    /// <summary>The title every validation problem carries.</summary>
    public const string Title = "The input is not valid.";

    /// <summary>A 400 problem naming each field and what is wrong with it.</summary>
    public static ValidationProblem Invalid(IEnumerable<KeyValuePair<string, string[]>> errors) =>
        TypedResults.ValidationProblem(errors, title: Title);
}
