namespace Catalog.Web.Problems;

/// <summary>
/// The stable <c>code</c> every problem carries beside its status: pages and scripts test it, never the title or
/// detail, which come in the reader's language.
/// </summary>
public static class ProblemCodes
{
    public const string Validation = "validation";
    public const string BadRequest = "bad-request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string NotFound = "not-found";
    public const string Conflict = "conflict";
    public const string Unprocessable = "unprocessable";
    public const string RateLimited = "rate-limited";
    public const string Unavailable = "unavailable";
    public const string ServerError = "server-error";

    /// <summary>The code of a problem with this status (and kind of details).</summary>
    public static string For(int status, bool validation) => status switch
    {
        400 => validation ? Validation : BadRequest,
        401 => Unauthorized,
        403 => Forbidden,
        404 => NotFound,
        409 => Conflict,
        422 => Unprocessable,
        429 => RateLimited,
        503 => Unavailable,
        >= 500 => ServerError,
        _ => BadRequest,
    };
}
