using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// Two people acting on the same request at the same instant, without an Idempotency-Key, over real HTTP: the
/// request takes one action at a time, so of two that exclude each other exactly one wins (2xx) and the other gets a
/// 409 problem naming what is allowed now; two that can both happen both do. Either way the history holds each
/// action taken exactly once, every step starts where the one before ended, and the queue and the audit trail agree.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConcurrentActionTests(CatalogPlatform platform)
{
    private const int Requests = 20;

    /// <summary>Before anything the test does (a new instance per test): audit searches start here, so each reads a day or two.</summary>
    private readonly DateTimeOffset since = DateTimeOffset.UtcNow.AddMinutes(-1);

    [Fact]
    public async Task Two_agents_acknowledging_then_starting_at_once_one_wins_each_time_and_the_history_holds_each_action_once()
    {
        var (agent, other, service) = await ArrangeAsync();
        try
        {
            var ids = await FileAsync(service, Requests);

            var failures = (await Task.WhenAll(ids.Select(async id =>
            {
                var problems = new List<string>();
                foreach (var verb in new[] { "acknowledge", "start" })
                {
                    var (mine, theirs) = await RaceAsync((agent, id, verb, new { }), (other.Http, id, verb, new { }));
                    problems.AddRange(await OneWinsAsync(id, verb, mine, theirs));
                }

                var request = await RequestApi.GetAsync(agent, id);
                problems.AddRange(Consistency(id, request, ["Acknowledge", "Start"], "InProgress"));
                problems.AddRange(await AgreesAsync(id, service, request, ["Acknowledge", "Start"]));
                return problems;
            }))).SelectMany(p => p).ToList();

            failures.Should().BeEmpty();
        }
        finally
        {
            await other.RemoveAsync();
        }
    }

    [Fact]
    public async Task A_comment_and_a_resolve_at_once_both_happen_once_or_one_is_refused_cleanly()
    {
        var (agent, other, service) = await ArrangeAsync();
        try
        {
            var ids = await FileAsync(service, Requests);
            await Task.WhenAll(ids.Select(id => RequestApi.ActAsync(agent, id, "start", new { })));

            var failures = (await Task.WhenAll(ids.Select(async id =>
            {
                var problems = new List<string>();
                var comment = "Almost there " + id;
                var (commented, resolved) = await RaceAsync((other.Http, id, "comments", new { comment }), (agent, id, "resolve", new { }));
                problems.AddRange(await CleanAsync(id, "comment", commented));
                problems.AddRange(await CleanAsync(id, "resolve", resolved));

                var request = await RequestApi.GetAsync(agent, id);
                var history = Actions(request);
                var expected = new List<string> { "Start" };
                if (commented.IsSuccessStatusCode)
                {
                    var comments = request["history"]!.AsArray().Count(h => h!["comment"]?.GetValue<string>() == comment);
                    if (comments != 1)
                    {
                        problems.Add($"{id}: the comment was accepted, and the history holds it {comments} times");
                    }
                }

                // The two may have run in either order: the history says which.
                expected.AddRange(history.Skip(1).Where(a => a is "Comment" or "Resolve"));
                if (history.Count(a => a == "Comment") != (commented.IsSuccessStatusCode ? 1 : 0)
                    || history.Count(a => a == "Resolve") != (resolved.IsSuccessStatusCode ? 1 : 0))
                {
                    problems.Add($"{id}: comment {(int)commented.StatusCode}, resolve {(int)resolved.StatusCode}, history {string.Join(", ", history)}");
                }

                if (!commented.IsSuccessStatusCode && !resolved.IsSuccessStatusCode)
                {
                    problems.Add($"{id}: both were refused, yet either is allowed while the request is in progress");
                }

                problems.AddRange(Consistency(id, request, expected, resolved.IsSuccessStatusCode ? "Resolved" : "InProgress"));
                problems.AddRange(await AgreesAsync(id, service, request, expected.Skip(1).ToArray()));
                return problems;
            }))).SelectMany(p => p).ToList();

            failures.Should().BeEmpty();
        }
        finally
        {
            await other.RemoveAsync();
        }
    }

    [Fact]
    public async Task A_client_cancelling_while_the_provider_resolves_ends_one_way_only()
    {
        var (agent, other, service) = await ArrangeAsync();
        try
        {
            var requester = await platform.AsAsync(RequestApi.HrRequester);
            var ids = await FileAsync(service, Requests);
            await Task.WhenAll(ids.Select(id => RequestApi.ActAsync(other.Http, id, "start", new { })));

            var failures = (await Task.WhenAll(ids.Select(async id =>
            {
                var (cancelled, resolved) = await RaceAsync((requester, id, "cancel", new { }), (agent, id, "resolve", new { }));
                var problems = (await OneWinsAsync(id, "cancel or resolve", cancelled, resolved)).ToList();
                var request = await RequestApi.GetAsync(agent, id);
                var won = cancelled.IsSuccessStatusCode ? "Cancel" : "Resolve";
                problems.AddRange(Consistency(id, request, ["Start", won], cancelled.IsSuccessStatusCode ? "Cancelled" : "Resolved"));
                problems.AddRange(await AgreesAsync(id, service, request, [won]));
                return problems;
            }))).SelectMany(p => p).ToList();

            failures.Should().BeEmpty();
        }
        finally
        {
            await other.RemoveAsync();
        }
    }

    /// <summary>it.agent, a second agent of it made for the test (removed after it), and an it service.</summary>
    private async Task<(HttpClient Agent, SecondAgent Other, string Service)> ArrangeAsync()
    {
        var admin = await platform.AsAsync("catalogue.admin");
        var id = "it.race-" + Guid.NewGuid().ToString("N")[..8];
        var added = await admin.PutAsJsonAsync($"api/directory/people/{id}", new { displayName = "Second agent", departmentId = "it", role = "Agent" });
        added.StatusCode.Should().Be(HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        var other = new SecondAgent(id, await SignedInClients.SignInAsync(platform.BaseAddress, id), admin);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 40);
        return (await platform.AsAsync(RequestApi.ItAgent), other, service);
    }

    private async Task<string[]> FileAsync(string service, int count)
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(async _ => (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>()));
    }

    /// <summary>Sends both calls at the same instant (both wait on one signal) and returns both answers.</summary>
    private static async Task<(HttpResponseMessage First, HttpResponseMessage Second)> RaceAsync(
        (HttpClient Http, string Id, string Verb, object Body) first, (HttpClient Http, string Id, string Verb, object Body) second)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<HttpResponseMessage> Send((HttpClient Http, string Id, string Verb, object Body) call)
        {
            var content = JsonContent.Create(call.Body, call.Body.GetType());
            return Task.Run(async () =>
            {
                await go.Task;
                return await call.Http.PostAsync($"api/requests/{call.Id}/{call.Verb}", content);
            });
        }

        var (a, b) = (Send(first), Send(second));
        go.SetResult();
        return (await a, await b);
    }

    /// <summary>Exactly one of two exclusive actions was taken; the other is a 409 problem naming what is allowed now.</summary>
    private static async Task<IEnumerable<string>> OneWinsAsync(string id, string what, HttpResponseMessage first, HttpResponseMessage second)
    {
        var problems = new List<string>();
        var statuses = new[] { first, second }.Select(r => (int)r.StatusCode).Order().ToArray();
        if (statuses is not [200, 409])
        {
            problems.Add($"{id} {what}: expected one 200 and one 409, got {string.Join(" and ", statuses)}: " +
                $"{await first.Content.ReadAsStringAsync()} / {await second.Content.ReadAsStringAsync()}");
        }

        problems.AddRange(await CleanAsync(id, what, first));
        problems.AddRange(await CleanAsync(id, what, second));
        return problems;
    }

    /// <summary>An answer is either the request (2xx) or a 409 problem with the actions allowed now (if any).</summary>
    private static async Task<IEnumerable<string>> CleanAsync(string id, string what, HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return [];
        }

        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Conflict || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return [$"{id} {what}: a refusal must be a 409 problem, got {(int)response.StatusCode} {response.Content.Headers.ContentType}: {body}"];
        }

        // A cancelled request allows nothing, and then the problem names nothing.
        var problem = JsonNode.Parse(body)!.AsObject();
        return problem["allowed"] is JsonArray || problem["detail"]!.GetValue<string>().Contains("is Cancelled", StringComparison.Ordinal)
            ? []
            : [$"{id} {what}: the 409 does not name the allowed actions: {body}"];
    }

    private static List<string> Actions(JsonObject request) =>
        [.. request["history"]!.AsArray().Select(h => h!["action"]!.GetValue<string>())];

    /// <summary>The history is exactly <paramref name="actions"/>, each step starting where the last ended, ending in <paramref name="status"/>.</summary>
    private static IEnumerable<string> Consistency(string id, JsonObject request, IReadOnlyList<string> actions, string status)
    {
        var history = request["history"]!.AsArray().Select(h => h!.AsObject()).ToList();
        var problems = new List<string>();
        if (!Actions(request).SequenceEqual(actions))
        {
            problems.Add($"{id}: history {string.Join(", ", Actions(request))}, expected {string.Join(", ", actions)}");
        }

        var at = "Submitted";
        foreach (var step in history)
        {
            if (step["from"]!.GetValue<string>() != at)
            {
                problems.Add($"{id}: {step["action"]} starts from {step["from"]}, but the request was {at}");
            }

            at = step["to"]!.GetValue<string>();
        }

        if (at != status || request["status"]!.GetValue<string>() != status)
        {
            problems.Add($"{id}: the history ends in {at} and the request is {request["status"]}, expected {status}");
        }

        var times = history.Select(h => DateTimeOffset.Parse(h["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (!times.SequenceEqual(times.Order()))
        {
            problems.Add($"{id}: the history is not in time order: {string.Join(", ", times.Select(t => t.ToString("O")))}");
        }

        return problems;
    }

    /// <summary>The provider queue shows the request's status, and the audit trail holds each action taken once.</summary>
    private async Task<IEnumerable<string>> AgreesAsync(string id, string service, JsonObject request, IReadOnlyList<string> actions)
    {
        var auditor = await platform.AsAsync("org.auditor");
        var problems = new List<string>();
        var queue = await auditor.GetFromJsonAsync<JsonObject>($"api/queues/provider/it?service={service}&limit=1000");
        var row = queue!["items"]!.AsArray().SingleOrDefault(r => r!["id"]!.GetValue<string>() == id);
        if (row?["status"]?.GetValue<string>() != request["status"]!.GetValue<string>())
        {
            problems.Add($"{id}: the queue says {row?["status"]?.GetValue<string>() ?? "nothing"}, the request {request["status"]}");
        }

        var audited = (await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityType=request&entityId={id}&from={Uri.EscapeDataString(since.ToString("O"))}"))!
            .Select(e => e!["action"]!.GetValue<string>()).ToList();
        foreach (var action in actions.Distinct())
        {
            var (taken, recorded) = (actions.Count(a => a == action), audited.Count(a => a == action));
            if (taken != recorded)
            {
                problems.Add($"{id}: {action} taken {taken} times, audited {recorded} times ({string.Join(", ", audited)})");
            }
        }

        return problems;
    }

    /// <summary>The second agent's sign-in; removing them takes them out of the directory again.</summary>
    private sealed record SecondAgent(string Id, HttpClient Http, HttpClient Admin)
    {
        public async Task RemoveAsync()
        {
            Http.Dispose();
            (await Admin.DeleteAsync($"api/directory/people/{Id}")).EnsureSuccessStatusCode();
        }
    }
}
