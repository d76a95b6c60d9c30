using System.Text.Json;

namespace Catalog.Benchmarks.Faults;

/// <summary>
/// The client loops of a scenario: each files a request for <see cref="ServiceId"/> as its requester, then has its
/// agent acknowledge and start it, every call with its own Idempotency-Key and retried (<see cref="CatalogCaller"/>),
/// until <see cref="StopAsync"/>; a call under way when asked to stop finishes first.
/// </summary>
public sealed class LoadLoops
{
    /// <summary>The demo service every loop files for (IT provides it).</summary>
    public const string ServiceId = "it.software-install";

    private readonly CancellationTokenSource stopping = new();
    private readonly Task[] running;

    private LoadLoops(IReadOnlyList<LoopClients> loops, CallLedger ledger, string tag, TimeSpan pause)
    {
        Ledger = ledger;
        running = [.. loops.Select(l => Task.Run(() => RunAsync(l, tag, pause)))];
    }

    /// <summary>What the loops did.</summary>
    public CallLedger Ledger { get; }

    /// <summary>Starts the loops; <paramref name="tag"/> makes their keys and titles unique to the scenario.</summary>
    public static LoadLoops Start(IReadOnlyList<LoopClients> loops, string tag, TimeSpan pause) => new(loops, new CallLedger(), tag, pause);

    /// <summary>Lets every call under way finish, starts no other, and waits for the loops to end.</summary>
    public async Task StopAsync()
    {
        await stopping.CancelAsync();
        await Task.WhenAll(running);
    }

    /// <summary>The title a filing carries: its key, so a request filed twice shows in listings.</summary>
    public static string TitleOf(string key) => "faults " + key;

    private async Task RunAsync(LoopClients loop, string tag, TimeSpan pause)
    {
        for (var n = 1; !stopping.IsCancellationRequested; n++)
        {
            var key = $"{tag}-{loop.Loop}-{n}";
            var body = JsonSerializer.Serialize(new
            {
                serviceId = ServiceId,
                title = TitleOf(key),
                answers = new Dictionary<string, string> { ["note"] = "filed by the faults benchmark" },
            });
            var filed = await CatalogCaller.PostAsync(loop.Requester, loop.Loop, "file", "api/requests", body, key + "-file", null, Ledger);
            Ledger.Add(filed);
            if (filed.Succeeded && filed.RequestId is { } id)
            {
                foreach (var action in new[] { "acknowledge", "start" })
                {
                    if (stopping.IsCancellationRequested)
                    {
                        break;
                    }

                    var acted = await CatalogCaller.PostAsync(loop.Agent, loop.Loop, action, $"api/requests/{id}/{action}", "{}", $"{key}-{action}", id, Ledger);
                    Ledger.Add(acted);
                    if (!acted.Succeeded)
                    {
                        break;
                    }
                }
            }

            try
            {
                await Task.Delay(pause, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
