using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// The HTTP calls of the load benchmark, each made once (no retry: a failure is a figure) and timed from just before
/// it is sent, or from an earlier instant for the open loop.
/// </summary>
public static class LoadCalls
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Files a request for <paramref name="serviceId"/> as the client's requester; the id comes back.</summary>
    public static Task<CallOutcome> FileAsync(HttpClient requester, string serviceId, string key, long? dueAt = null)
    {
        var body = JsonSerializer.Serialize(new
        {
            serviceId,
            title = "load " + key,
            answers = new Dictionary<string, string> { ["note"] = "filed by the load benchmark" },
        });
        return PostAsync(requester, "api/requests", body, key, readId: true, dueAt);
    }

    /// <summary>POST /api/requests/{id}/{verb} as the provider's agent.</summary>
    public static Task<CallOutcome> ActAsync(HttpClient agent, string requestId, string verb, string key) =>
        PostAsync(agent, $"api/requests/{Uri.EscapeDataString(requestId)}/{verb}", "{}", key, readId: false, null);

    /// <summary>
    /// Makes a call until it is answered with something other than "not now" (503, 500, a timeout, no answer), at
    /// most <paramref name="attempts"/> times 1 s apart: for the set-up calls, not for the timed ones. The call
    /// carries its Idempotency-Key, so a retry never files twice.
    /// </summary>
    public static async Task<CallOutcome> UntilAnsweredAsync(Func<Task<CallOutcome>> call, int attempts = 10)
    {
        var outcome = await call();
        for (var attempt = 1; attempt < attempts && !outcome.Succeeded && outcome.Answer is "503" or "500" or "timeout" or "no answer"; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            outcome = await call();
        }

        return outcome;
    }

    /// <summary>A GET, its body read to the end.</summary>
    public static async Task<CallOutcome> GetAsync(HttpClient http, string path)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.GetAsync(path);
            await response.Content.ReadAsByteArrayAsync();
            return new CallOutcome(response.IsSuccessStatusCode, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), Latencies.Since(started));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new CallOutcome(false, ex is TaskCanceledException ? "timeout" : "no answer", Latencies.Since(started));
        }
    }

    private static async Task<CallOutcome> PostAsync(HttpClient http, string path, string body, string key, bool readId, long? dueAt)
    {
        var started = dueAt ?? Stopwatch.GetTimestamp();
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Add("Idempotency-Key", key);
        try
        {
            using var response = await http.SendAsync(message);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            string? id = null;
            if (readId && response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(text);
                id = json.RootElement.GetProperty("id").GetString();
            }

            return new CallOutcome(response.IsSuccessStatusCode, status.ToString(System.Globalization.CultureInfo.InvariantCulture), Latencies.Since(started), id);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new CallOutcome(false, ex is TaskCanceledException ? "timeout" : "no answer", Latencies.Since(started));
        }
    }
}
