using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Xunit.Abstractions;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// Ten thousand malformed or hostile calls, made from a seed over every /api route and every kind of person, against
/// the real platform: none is a 5xx, every refusal is problem details, no hostile change is accepted, and nothing
/// stored changes. A failure names the call (its index in the seeded sequence, who, method, path, body) and the answer.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class HostileInputTests(CatalogPlatform platform, ITestOutputHelper output)
{
    /// <summary>The seed: CATALOG_HOSTILE_SEED replays another sequence.</summary>
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("CATALOG_HOSTILE_SEED"), out var seed) ? seed : 20261223;

    private const int Calls = 10_000;
    private const int Concurrency = 16;
    private const int Reported = 40;

    [Fact]
    public async Task Ten_thousand_hostile_calls_are_refused_with_problem_details_and_change_nothing()
    {
        var targets = await ArrangeTargetsAsync();
        var routes = ApiRoute.All(platform.WebServices);
        var calls = HostileCalls.Generate(Seed, Calls, routes, targets);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal) { [HostileCalls.Anonymous] = platform.Http };
        foreach (var person in HostileCalls.People.Where(p => p != HostileCalls.Anonymous))
        {
            clients[person] = await platform.AsAsync(person);
        }

        var auditor = clients["org.auditor"];
        var before = await PlatformSnapshot.TakeAsync(auditor, targets);
        var since = DateTimeOffset.UtcNow;

        var failures = new ConcurrentBag<(int Index, string Text)>();
        var statuses = new ConcurrentDictionary<int, int>();
        using var auditSearches = new SemaphoreSlim(1);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, async (call, _) =>
        {
            // An audit search reads the trail one day (one partition) at a time, up to 366 round trips when it finds
            // less than its limit: several at once saturate the storage emulator, and every other call then times
            // out (503). One auditor searching at a time is the load this test means; a storm of them is not.
            var searches = call.Person == "org.auditor" && call.Route.Template.StartsWith("api/audit", StringComparison.Ordinal);
            if (searches)
            {
                await auditSearches.WaitAsync();
            }

            (int Status, string? Failure) answer;
            try
            {
                answer = await SendAsync(clients[call.Person], call);
            }
            finally
            {
                if (searches)
                {
                    auditSearches.Release();
                }
            }

            var (status, failure) = answer;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (failure is not null)
            {
                failures.Add((call.Index, $"{call}\n    → {failure}"));
            }
        });
        watch.Stop();

        var after = await PlatformSnapshot.TakeAsync(auditor, targets);
        var audited = await auditor.GetFromJsonAsync<JsonArray>($"api/audit?from={Uri.EscapeDataString(since.ToString("O"))}");
        output.WriteLine($"{Calls} calls over {routes.Count} routes (seed {Seed}) in {watch.Elapsed.TotalSeconds:F1} s; statuses: " +
            string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{(s.Key == 0 ? "none" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}×{s.Value}")));

        var report = failures.OrderBy(f => f.Index).Select(f => f.Text).ToList();
        output.WriteLine($"{report.Count} failing calls");
        foreach (var line in report.Take(Reported * 5))
        {
            output.WriteLine(line);
        }

        report.Take(Reported).Should().BeEmpty($"no hostile call may fail the server, skip problem details or be accepted (seed {Seed}, {report.Count} failing)");
        PlatformSnapshot.Differences(before, after).Should().BeEmpty("no hostile call may change what is stored");
        audited!.Select(e => e!.ToJsonString()).Should().BeEmpty("no hostile call may leave an audit entry");
    }

    [Fact]
    public async Task Hostile_calls_that_once_got_through_are_refused_with_a_400_naming_the_field()
    {
        var targets = await ArrangeTargetsAsync();
        var (agent, manager, auditor) = (await platform.AsAsync("it.agent"), await platform.AsAsync("it.manager"), await platform.AsAsync("org.auditor"));
        var before = await RequestApi.GetAsync(agent, targets.RequestId);
        var draft = Catalogue.CatalogueApiTests.ValidDraft("it.hostile-" + Guid.NewGuid().ToString("N")[..8]);
        draft["expectedVersion"] = -1;
        var calls = new (HttpClient Http, HttpMethod Method, string Path, object? Body, string Field)[]
        {
            // Two enum names or-ed together are a third value: a comment with a pause reason nobody gave.
            (agent, HttpMethod.Post, $"api/requests/{targets.RequestId}/start", new { reason = "InformationMissing,ApprovalPending" }, "reason"),
            (agent, HttpMethod.Post, $"api/requests/{targets.RequestId}/actions", new { action = "Comment", comment = "x", reason = "InformationMissing, ApprovalPending" }, "reason"),
            (agent, HttpMethod.Post, $"api/requests/{targets.RequestId}/actions", new { action = 1 }, "action"),
            // A version below 1 was ignored on creation, and the thing created.
            (manager, HttpMethod.Post, "api/agreements/it", new
            {
                clientDepartmentId = "legal", scope = "Service", scopeValue = targets.ServiceId, expectedVersion = -1,
                clocks = new[] { new { kind = "Acknowledgement", target = new { value = 3, unit = "BusinessHours" } } },
            }, "expectedVersion"),
            (manager, HttpMethod.Post, "api/catalogue", draft, "expectedVersion"),
            // Audit searches near the calendar's start overflowed (500); over decades they never finished (503).
            (auditor, HttpMethod.Get, "api/audit?from=0001-01-01T00:00:00Z&to=0001-01-03T00:00:00Z", null, "from"),
            (auditor, HttpMethod.Get, "api/audit/export?to=0001-01-03T00:00:00Z", null, "to"),
            (auditor, HttpMethod.Get, "api/audit?from=2000-01-01T00:00:00Z&entityId=nothing", null, "from"),
            (auditor, HttpMethod.Get, "api/audit?from=2001-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", null, "from"),
        };

        foreach (var (http, method, path, body, field) in calls)
        {
            using var message = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
            var response = await http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, $"{method} {path}: {text}");
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            JsonNode.Parse(text)!["errors"]!.AsObject().Select(e => e.Key).Should().Contain(field, text);
        }

        var after = await RequestApi.GetAsync(agent, targets.RequestId);
        after["history"]!.ToJsonString().Should().Be(before["history"]!.ToJsonString());
        (await manager.GetAsync($"api/catalogue/{draft["id"]}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await manager.GetFromJsonAsync<JsonArray>("api/agreements/it"))!.Select(a => a!["clientDepartmentId"]!.GetValue<string>() + a["scopeValue"])
            .Should().NotContain("legal" + targets.ServiceId);
    }

    [Fact]
    public async Task Many_calls_at_once_on_a_request_that_does_not_exist_are_all_404()
    {
        var agent = await platform.AsAsync("it.agent");

        var answers = await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async i =>
        {
            var response = i % 2 == 0
                ? await agent.PostAsJsonAsync("api/requests/IT-8888888888/cancel", new { })
                : await agent.GetAsync("api/requests/IT-8888888888");
            return $"{(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}";
        }));

        answers.Should().AllBe("404 application/problem+json", "a request that does not exist is a 404, however many ask at once");
    }

    [Fact]
    public async Task Idempotency_keys_with_slashes_hashes_and_question_marks_file_once_and_act_once()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);

        foreach (var odd in new[] { "a/b", "a\\b", "#", "?", "a/b\\c#d?e", "' or 1 eq 1", "%00", "../../x" })
        {
            var key = odd + Guid.NewGuid().ToString("N")[..6];
            var first = await RequestApi.FileAsync(requester, service, idempotencyKey: key);
            var again = await RequestApi.FileAsync(requester, service, idempotencyKey: key);
            first.StatusCode.Should().Be(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
            again.IsSuccessStatusCode.Should().BeTrue(await again.Content.ReadAsStringAsync());
            var id = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            (await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>().Should().Be(id, $"key {key} files once");

            foreach (var _ in Enumerable.Range(0, 2))
            {
                using var message = new HttpRequestMessage(HttpMethod.Post, $"api/requests/{id}/acknowledge") { Content = JsonContent.Create(new { }) };
                message.Headers.TryAddWithoutValidation("Idempotency-Key", key);
                var acted = await agent.SendAsync(message);
                acted.StatusCode.Should().Be(HttpStatusCode.OK, await acted.Content.ReadAsStringAsync());
            }

            var history = (await RequestApi.GetAsync(agent, id))["history"]!.AsArray();
            history.Count(h => h!["action"]!.GetValue<string>() == "Acknowledge").Should().Be(1, $"key {key} acknowledges once");
        }
    }

    /// <summary>A service of it, a request from hr for it, an agreement of it with hr for it; hr.agent is the person.</summary>
    private async Task<HostileTargets> ArrangeTargetsAsync()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 40);
        var request = await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service);
        var agreement = await manager.PostAsJsonAsync("api/agreements/it", new
        {
            clientDepartmentId = "hr",
            scope = "Service",
            scopeValue = service,
            clocks = new[] { new { kind = "Acknowledgement", target = new { value = 4, unit = "BusinessHours" } } },
        });
        agreement.StatusCode.Should().Be(HttpStatusCode.Created, await agreement.Content.ReadAsStringAsync());
        return new HostileTargets(
            request["id"]!.GetValue<string>(),
            service,
            "it",
            (await agreement.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(),
            "hr.agent");
    }

    /// <summary>Makes the call and says what is wrong with the answer (null when nothing is); the status is 0 without one.</summary>
    private async Task<(int Status, string? Failure)> SendAsync(HttpClient http, HostileCall call)
    {
        var uri = new Uri(platform.BaseAddress.AbsoluteUri + call.PathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var message = new HttpRequestMessage(new HttpMethod(call.Method), uri);
        if (call.Body is not null)
        {
            message.Content = call.Chunked ? new ChunkedContent(call.Body) : new ByteArrayContent(call.Body);
            if (call.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", call.ContentType);
            }
        }

        if (call.Body is { Length: > 64 * 1024 })
        {
            // Wait for the server to ask for a big body: a refusal before reading it then reaches the client instead of
            // a connection reset while it is still sending.
            message.Headers.ExpectContinue = true;
            message.Headers.ConnectionClose = true;
        }

        foreach (var (name, value) in call.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            return (0, $"no answer: {ex.GetType().Name}: {ex.Message} {ex.InnerException?.Message}");
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var media = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync();
            var answer = $"{status} {media ?? "(no content type)"} {HostileCall.Escape(HostileCall.Cut(text, 300))}";
            return status switch
            {
                >= 500 => (status, "server error: " + answer),
                400 when call.NulInPath && media is null && text.Length == 0 => (status, null),
                >= 400 when media != "application/problem+json" => (status, "refusal is not problem details: " + answer),
                < 400 when call.Mutates => (status, "hostile change accepted: " + answer),
                _ => (status, null),
            };
        }
    }
}
