using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Requests whose acknowledgement deadline falls a few seconds after the silo is killed, and the watch for their
/// breaches. Each provider department gets a <see cref="ShortDayCalendar"/> and a service whose acknowledgement
/// target is one (short) business day; IT's requester files for them (IT has no agreement with these providers,
/// so the service's standard sets the clock). The watch polls each provider's queue of breached requests (the
/// request index, written when the request records its breach; reading a request would compute the breach on the
/// spot and hide whether the monitor recorded it).
/// </summary>
public sealed class DeadlineProbe
{
    /// <summary>The provider departments the deadlines are spread over: one SLA monitor each, on either silo.</summary>
    public static readonly string[] Providers = ["facilities", "legal", "communications", "procurement", "finance", "hr"];

    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly List<DeadlineRequest> requests = [];
    private int failedPolls;

    /// <summary>The requests filed, with their deadlines.</summary>
    public IReadOnlyList<DeadlineRequest> Requests => requests;

    /// <summary>When each request first showed as breached in its provider's queue.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> SeenBreached => seen;

    /// <summary>Queue polls that failed (a 503 while the cluster recovered, say).</summary>
    public int FailedPolls => failedPolls;

    /// <summary>Gives every provider the calendar and a service "{provider}.faults-{run}" with a one-business-day acknowledgement target.</summary>
    public static async Task<Dictionary<string, string>> PrepareAsync(
        IReadOnlyDictionary<string, HttpClient> managers, ShortDayCalendar calendar, string run)
    {
        var services = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var provider in Providers)
        {
            var http = managers[provider];
            using (var set = await http.PutAsync($"api/departments/{provider}/calendar", new StringContent(calendar.ToJson(), Encoding.UTF8, "application/json")))
            {
                await EnsureAsync(set, $"setting the calendar of {provider}");
            }

            var id = $"{provider}.faults-{run}";
            using (var created = await http.PostAsJsonAsync("api/catalogue", ServiceDraft(id, provider)))
            {
                await EnsureAsync(created, $"creating {id}");
            }

            services[provider] = id;
        }

        return services;
    }

    /// <summary>
    /// Files <paramref name="perProvider"/> requests for each provider's service at once, as <paramref name="requester"/>
    /// (IT's requester), and keeps each acknowledgement deadline as the filing's answer states it.
    /// </summary>
    public async Task FileAsync(HttpClient requester, IReadOnlyDictionary<string, string> services, int perProvider, string run)
    {
        var filings = Enumerable.Range(0, perProvider).SelectMany(n => Providers.Select(provider => (n, provider))).Select(async f =>
        {
            var key = $"{run}-deadline-{f.provider}-{f.n}";
            var body = JsonSerializer.Serialize(new { serviceId = services[f.provider], title = "deadline " + key, answers = new Dictionary<string, string>() });
            DateTimeOffset? due = null;
            var call = await CatalogCaller.PostAsync(requester, -1, "file", "api/requests", body, key, null,
                answered: view => due = Acknowledgement(view).GetProperty("dueAt").GetDateTimeOffset());
            if (!call.Succeeded || call.RequestId is not { } id || due is null)
            {
                throw new InvalidOperationException($"Filing a deadline request for {f.provider} answered {call.Attempts[^1].Outcome}: {call.Attempts[^1].Error}");
            }

            return new DeadlineRequest(id, f.provider, call.Attempts[^1].End, due.Value);
        });
        requests.AddRange(await Task.WhenAll(filings));
    }

    /// <summary>
    /// Polls each provider's queue of breached requests every 250 ms, without waiting for the previous poll (one
    /// that hangs while the cluster recovers does not hold the next), until every request shows there or
    /// <paramref name="timeout"/> after the last deadline.
    /// </summary>
    public async Task WatchAsync(HttpClient auditor, TimeSpan timeout)
    {
        var giveUpAt = requests.Max(r => r.DueAt) + timeout;
        var polls = new List<Task>();
        while (seen.Count < requests.Count && DateTimeOffset.UtcNow < giveUpAt)
        {
            polls.RemoveAll(p => p.IsCompleted);
            foreach (var provider in requests.Where(r => !seen.ContainsKey(r.Id)).Select(r => r.ProviderDepartmentId).Distinct())
            {
                // At most 48 polls under way (8 per provider): enough to keep polling through a 10 s hang.
                if (polls.Count < 48)
                {
                    polls.Add(PollAsync(auditor, provider));
                }
            }

            await Task.Delay(250);
        }

        await Task.WhenAll(polls);
    }

    /// <summary>The request's acknowledgement clock in a request view.</summary>
    public static JsonElement Acknowledgement(JsonElement view) =>
        view.GetProperty("clocks").EnumerateArray().Last(c => c.GetProperty("kind").GetString() == "Acknowledgement");

    private async Task PollAsync(HttpClient auditor, string provider)
    {
        try
        {
            using var response = await auditor.GetAsync($"api/queues/provider/{provider}?breached=true&limit=200");
            var at = DateTimeOffset.UtcNow;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failedPolls);
                return;
            }

            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                seen.TryAdd(item.GetProperty("id").GetString()!, at);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref failedPolls);
        }
    }

    private static object ServiceDraft(string id, string provider) => new
    {
        id,
        departmentId = provider,
        category = "training",
        name = new { fr = "Échéance courte (banc d'essai des pannes)", en = "Short deadline (faults benchmark)" },
        description = new { fr = "Un service dont l'accusé de réception est dû en un jour ouvrable.", en = "A service acknowledged within one business day." },
        turnaround = new { value = 200, unit = "BusinessDays" },
        cost = new { amount = 0, currency = "CAD", unit = "Free", unitLabel = (string?)null },
        steps = new[] { new { fr = "Déposer la demande", en = "File the request" } },
        equipment = Array.Empty<object>(),
        clientSupplies = Array.Empty<object>(),
        eligibleDepartments = Array.Empty<string>(),
        standards = new object[]
        {
            new { clock = "Acknowledgement", target = new { value = 1, unit = "BusinessDays" }, description = new { fr = "Accusé de réception", en = "Acknowledgement" } },
            new { clock = "FirstAnswer", target = new { value = 200, unit = "BusinessDays" }, description = new { fr = "Première réponse", en = "First answer" } },
        },
    };

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture, "{0} answered {1}: {2}",
                what, (int)response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
    }
}
