using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// One method of one /api route as the running web host maps it: its template, its route parameters, the body it
/// reads (from its <c>Accepts</c> metadata) and the query parameters its handler binds. Read from the host's
/// <see cref="EndpointDataSource"/>, so a route added tomorrow is covered without touching the tests.
/// </summary>
/// <param name="Method">GET, POST, PUT, DELETE…</param>
/// <param name="Template">The route, e.g. "api/requests/{id}/acknowledge".</param>
/// <param name="Parameters">The route parameters' names, in order.</param>
/// <param name="BodyType">The body the handler reads, or null when it reads none.</param>
/// <param name="QueryNames">The query parameters the handler binds.</param>
public sealed record ApiRoute(string Method, string Template, IReadOnlyList<string> Parameters, Type? BodyType, IReadOnlyList<string> QueryNames)
{
    /// <summary>Whether calling it may change something (anything but GET and HEAD).</summary>
    public bool Mutates => !HttpMethods.IsGet(Method) && !HttpMethods.IsHead(Method);

    /// <summary>"POST api/requests/{id}/start".</summary>
    public string Key => $"{Method} {Template}";

    /// <summary>Every /api route and method the host maps, sorted so a seed always picks the same ones.</summary>
    public static IReadOnlyList<ApiRoute> All(IServiceProvider webServices) =>
        webServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Template: (e.RoutePattern.RawText ?? "").Trim('/')))
            .Where(e => e.Template == "api" || e.Template.StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new ApiRoute(
                method,
                e.Template,
                e.Endpoint.RoutePattern.Parameters.Select(p => p.Name).ToArray(),
                e.Endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType,
                QueryNamesOf(e.Endpoint))))
            .DistinctBy(r => r.Key)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The handler's parameters bound from the query: simple values not in the route, and [AsParameters] records' members.</summary>
    private static string[] QueryNamesOf(RouteEndpoint endpoint)
    {
        var method = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var parameter in method?.GetParameters() ?? [])
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                names.AddRange(parameter.ParameterType.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => Camel(p.Name!)));
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } query)
            {
                names.Add(query.Name ?? parameter.Name!);
            }
            else if (IsSimple(parameter.ParameterType) && parameter.GetCustomAttribute<FromHeaderAttribute>() is null
                && parameter.GetCustomAttribute<FromServicesAttribute>() is null && !route.Contains(parameter.Name!))
            {
                names.Add(parameter.Name!);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(string[]) || t == typeof(decimal)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(DateOnly) || t == typeof(Guid);
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
