using Catalog.Domain.Requests;
using Catalog.Errors;

namespace Catalog.Grains.Requests;

/// <summary>A refusal of the request's rules as the exception callers know (and the web answers as problem details).</summary>
internal static class RequestRefusals
{
    /// <summary>The Catalog exception for <paramref name="refusal"/>.</summary>
    public static Exception ToCatalog(RequestRefusedException refusal, string requestId) => refusal.Refusal switch
    {
        RequestRefusal.NotVisible => new CatalogNotFoundException("request", requestId),
        RequestRefusal.Forbidden => new CatalogForbiddenException(refusal.Message),
        RequestRefusal.Invalid => new CatalogValidationException(refusal.Field ?? "request", refusal.Message),
        _ => new CatalogConflictException(refusal.Message, refusal.Allowed),
    };
}
