using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Makes one call the way a careful client does: every attempt with the same Idempotency-Key, retried on what means
/// "not now" (503, 502, 504, 500, 429, 408, no answer, the client's 30 s timeout) after 0.2 s, 0.4 s… at most 1 s
/// apart (Retry-After is noted, not waited out, so recovery is measured to the fraction of a second), until a 2xx, a
/// refusal (4xx) or <see cref="GiveUpAfter"/>.
/// </summary>
public static class CatalogCaller
{
    /// <summary>How long a call keeps retrying before it counts as failed.</summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(60);

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>
    /// POSTs <paramref name="body"/> to <paramref name="path"/>; for a filing, <paramref name="requestId"/> is null
    /// and the id comes from the 2xx answer. Each attempt is recorded in <paramref name="ledger"/> as it is answered;
    /// <paramref name="answered"/> reads the body of the 2xx answer.
    /// </summary>
    public static async Task<CallRecord> PostAsync(
        HttpClient http, int loop, string action, string path, string body, string key, string? requestId,
        CallLedger? ledger = null, Action<JsonElement>? answered = null)
    {
        var attempts = new List<CallAttempt>();
        var giveUpAt = DateTimeOffset.UtcNow + GiveUpAfter;
        while (true)
        {
            var (attempt, id) = await AttemptAsync(http, path, body, key, requestId is null, answered);
            attempts.Add(attempt);
            ledger?.Add(new LoopAttempt(loop, action, attempt));
            requestId ??= id;
            if (attempt.Succeeded || !Retryable(attempt.Status) || DateTimeOffset.UtcNow >= giveUpAt)
            {
                return new CallRecord(loop, action, key, requestId, attempts);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 200 * attempts.Count)));
        }
    }

    /// <summary>Whether a status means "try again": no answer, a timeout, a server error, throttling.</summary>
    public static bool Retryable(int status) => status is 0 or 408 or 429 or 500 or 502 or 503 or 504;

    private static async Task<(CallAttempt Attempt, string? Id)> AttemptAsync(
        HttpClient http, string path, string body, string key, bool readId, Action<JsonElement>? answered)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = Json;
        message.Headers.Add("Idempotency-Key", key);
        var start = DateTimeOffset.UtcNow;
        try
        {
            using var response = await http.SendAsync(message);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var end = DateTimeOffset.UtcNow;
            var retryAfterProblem = status == 503 && response.Headers.RetryAfter is not null
                && response.Content.Headers.ContentType?.MediaType == "application/problem+json";
            string? id = null;
            if ((readId || answered is not null) && status is >= 200 and < 300)
            {
                using var json = JsonDocument.Parse(text);
                id = json.RootElement.GetProperty("id").GetString();
                answered?.Invoke(json.RootElement);
            }

            return (new CallAttempt(start, end, status, status is >= 200 and < 300 ? null : Shorten(text), retryAfterProblem), id);
        }
        catch (TaskCanceledException)
        {
            return (new CallAttempt(start, DateTimeOffset.UtcNow, 0, "timeout", false), null);
        }
        catch (HttpRequestException ex)
        {
            return (new CallAttempt(start, DateTimeOffset.UtcNow, 0, ex.HttpRequestError.ToString(), false), null);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];
}
