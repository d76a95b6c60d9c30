using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Catalog.Web.Access;

/// <summary>
/// Tells API clients, and the reference page at /api-docs, that every change made with the sign-in cookie carries
/// the anti-forgery token from <c>GET /api/me</c> in <see cref="AccessHostingExtensions.AntiforgeryHeader"/>: the
/// document declares it as a security scheme on each POST, PUT, PATCH and DELETE, so the page offers a field for it.
/// </summary>
public sealed class AntiforgeryOpenApiTransformer : IOpenApiDocumentTransformer
{
    /// <summary>The scheme's name in the document.</summary>
    public const string SchemeName = "antiforgery";

    private static readonly HashSet<HttpMethod> Changes = [HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete];

    /// <inheritdoc />
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = AccessHostingExtensions.AntiforgeryHeader,
            Description = "Changes made with the sign-in cookie carry this token: copy antiforgeryToken from GET /api/me. "
                + "Calls with a bearer token need none.",
        };

        foreach (var path in document.Paths.Values)
        {
            foreach (var (method, operation) in path.Operations ?? [])
            {
                if (Changes.Contains(method))
                {
                    operation.Security ??= [];
                    operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
                }
            }
        }

        return Task.CompletedTask;
    }
}
