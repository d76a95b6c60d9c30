using System.Text.Json;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Checks a scenario's acknowledged calls through the API after the fact: every request whose filing got a 2xx
/// exists, every action that got a 2xx is in its history exactly once, and no filing made two requests (the
/// provider's queue, listed per client department, holds each title once).
/// </summary>
public static class LedgerVerifier
{
    /// <summary>Reads back what <paramref name="ledger"/> says was acknowledged, as <paramref name="auditor"/> (who sees every request).</summary>
    public static async Task<LossCheck> VerifyAsync(HttpClient auditor, CallLedger ledger, string tag, IEnumerable<string> clientDepartments)
    {
        var calls = ledger.Calls;
        var filed = calls.Where(c => c.Action == "file" && c.Succeeded && c.RequestId is not null).ToList();
        var histories = new Dictionary<string, List<string>?>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(8);
        var reads = filed.Select(c => c.RequestId!).Distinct().Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                return (id, History: await HistoryAsync(auditor, id));
            }
            finally
            {
                gate.Release();
            }
        });
        foreach (var (id, history) in await Task.WhenAll(reads))
        {
            histories[id] = history;
        }

        var lostRequests = filed.Where(c => histories[c.RequestId!] is null).Select(c => $"{c.RequestId} ({c.Key})").ToList();
        var actions = calls.Where(c => c.Action != "file" && c.Succeeded).ToList();
        var lostActions = new List<string>();
        var doubledActions = new List<string>();
        var foundOnce = 0;
        foreach (var action in actions)
        {
            var verb = action.Action == "acknowledge" ? "Acknowledge" : "Start";
            var count = histories.GetValueOrDefault(action.RequestId!)?.Count(a => a == verb) ?? 0;
            if (count == 1)
            {
                foundOnce++;
            }
            else if (count == 0)
            {
                lostActions.Add($"{action.Action} {action.RequestId}");
            }
            else
            {
                doubledActions.Add($"{action.Action} {action.RequestId} ×{count}");
            }
        }

        // Titles carry the filing key: two requests with one title are one filing taken twice.
        var titles = new List<(string Title, string Id)>();
        var listingIncomplete = false;
        foreach (var department in clientDepartments.Distinct())
        {
            var page = await GetJsonAsync(auditor, $"api/queues/provider/it?service={LoadLoops.ServiceId}&counterpart={department}&limit=1000");
            if (page is not { } listing)
            {
                listingIncomplete = true;
                continue;
            }

            var items = listing.GetProperty("items").EnumerateArray().ToList();
            listingIncomplete |= listing.GetProperty("total").GetInt32() > items.Count;
            titles.AddRange(items
                .Select(i => (Title: i.GetProperty("title").GetString() ?? "", Id: i.GetProperty("id").GetString() ?? ""))
                .Where(t => t.Title.StartsWith(LoadLoops.TitleOf(tag + "-"), StringComparison.Ordinal)));
        }

        var doubledFilings = titles.GroupBy(t => t.Title).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Id))}").ToList();
        var listed = titles.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var acknowledgedTitles = filed.Select(c => LoadLoops.TitleOf(c.Key[..^"-file".Length])).ToHashSet(StringComparer.Ordinal);
        var notInIndex = filed.Count(c => !listed.Contains(c.RequestId!));
        var withoutAcknowledgement = titles.Count(t => !acknowledgedTitles.Contains(t.Title));
        return new LossCheck(
            filed.Count, filed.Count - lostRequests.Count, lostRequests,
            actions.Count, foundOnce, lostActions, doubledActions,
            doubledFilings, notInIndex, withoutAcknowledgement, listingIncomplete,
            histories.Where(h => h.Value is not null).ToDictionary(h => h.Key, h => h.Value!.Count, StringComparer.Ordinal));
    }

    /// <summary>The actions in a request's history, or null when it does not exist (404 after retrying what is transient).</summary>
    private static async Task<List<string>?> HistoryAsync(HttpClient http, string id)
    {
        var request = await GetJsonAsync(http, $"api/requests/{id}");
        return request?.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString() ?? "").ToList();
    }

    /// <summary>GET as JSON; null for a 404; what is transient retried for up to 30 s.</summary>
    public static async Task<JsonElement?> GetJsonAsync(HttpClient http, string path)
    {
        var giveUpAt = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            int status;
            try
            {
                using var response = await http.GetAsync(path);
                status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    return json.RootElement.Clone();
                }

                if (status == 404)
                {
                    return null;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = 0;
            }

            if (!CatalogCaller.Retryable(status) || DateTime.UtcNow > giveUpAt)
            {
                throw new InvalidOperationException($"GET {path} answered {status} for 30 s.");
            }

            await Task.Delay(250);
        }
    }
}
