using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Roles × endpoints over real HTTP with real sign-ins: every allowed call works, every other one is refused
/// (401 for nobody, 403, or 404 where the thing's existence is confidential) with problem details and none of the
/// data; every allowed change leaves an audit entry naming who, and from where, and a refused one leaves none.
/// </summary>
[Collection(AccessCollection.Name)]
public sealed class AccessMatrixTests(AccessPlatform platform)
{
    private readonly AccessWorld world = new(platform);

    [Fact]
    public void Every_api_endpoint_has_a_row_in_the_matrix()
    {
        var mapped = platform.WebServices.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: Normalize(e.RoutePattern.RawText), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Route.StartsWith("api/", StringComparison.Ordinal) || e.Route == "api")
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.Route}"))
            .ToHashSet();
        var covered = AccessCases.All.Select(c => $"{c.Method} {Normalize(c.Route)}").ToHashSet();

        mapped.Should().NotBeEmpty();
        mapped.Except(covered).Should().BeEmpty("every API endpoint needs its access rule in AccessCases");
        covered.Except(mapped).Should().BeEmpty("the matrix names only endpoints that exist");
    }

    [Theory]
    [MemberData(nameof(AccessCases.Names), MemberType = typeof(AccessCases))]
    public async Task Each_person_gets_exactly_what_the_matrix_allows(string name)
    {
        var access = AccessCases.All.Single(c => c.Name == name);
        var failures = new List<string>();
        foreach (var user in People.Everyone)
        {
            var call = await access.Arrange(world);
            // After the arrangement, whose own changes (filing as hr.requester…) must not count as the call's.
            var since = DateTimeOffset.UtcNow;
            var http = user == People.Anonymous ? platform.Http : await platform.AsAsync(user);
            using var response = await http.SendAsync(Message(access.Method, call));
            var body = await response.Content.ReadAsStringAsync();
            var expected = access.Expected(user);
            if (response.StatusCode != expected)
            {
                failures.Add($"{user}: expected {(int)expected}, got {(int)response.StatusCode} {Cut(body)}");
                continue;
            }

            if (expected == access.Success)
            {
                if (call.Secret is not null && !body.Contains(call.Secret, StringComparison.Ordinal))
                {
                    failures.Add($"{user}: allowed, but the answer lacks what they may see ({call.Secret})");
                }

                if (access.Mutates && !await AuditedAsync(user, call.AuditEntityId ?? IdOf(body), since))
                {
                    failures.Add($"{user}: the change left no audit entry naming them and where they called from");
                }

                continue;
            }

            // A refusal: problem details, none of the data, and (for a change) nothing recorded.
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            {
                failures.Add($"{user}: refusal {(int)response.StatusCode} is not problem details: {response.Content.Headers.ContentType}");
            }

            if (call.Secret is not null && body.Contains(call.Secret, StringComparison.Ordinal))
            {
                failures.Add($"{user}: the refusal leaks {call.Secret}");
            }

            if (access.Mutates && call.AuditEntityId is { } entity && await AuditedAsync(user, entity, since))
            {
                failures.Add($"{user}: refused, yet an audit entry says they changed {entity}");
            }
        }

        failures.Should().BeEmpty();
    }

    private async Task<bool> AuditedAsync(string user, string entityId, DateTimeOffset since)
    {
        var auditor = await platform.AsAsync(People.Auditor);
        var entries = await auditor.GetFromJsonAsync<JsonArray>(
            $"api/audit?entityId={Uri.EscapeDataString(entityId)}&userId={Uri.EscapeDataString(user)}&from={Uri.EscapeDataString(since.ToString("O"))}");
        return entries!.Any(e =>
            e!["caller"]!["userId"]!.GetValue<string>() == user
            && e["caller"]!["origin"]!.GetValue<string>().Contains("127.0.0.1", StringComparison.Ordinal)
            && !string.IsNullOrEmpty(e["action"]!.GetValue<string>()));
    }

    private static HttpRequestMessage Message(string method, AccessCall call)
    {
        var message = new HttpRequestMessage(new HttpMethod(method), call.Path);
        if (call.Body is not null)
        {
            message.Content = JsonContent.Create(call.Body, call.Body.GetType());
        }

        return message;
    }

    private static string IdOf(string body) => JsonNode.Parse(body)!["id"]?.GetValue<string>() ?? throw new InvalidOperationException("No id in " + Cut(body));

    private static string Normalize(string? route) => (route ?? "").Trim('/');

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
