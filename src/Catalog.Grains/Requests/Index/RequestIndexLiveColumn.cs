using System.Text.Json;
using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Catalog.Domain.Requests;
using Catalog.Live;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The <c>Live</c> column of an index row: what a live page draws of the request (pause reason, clock readings, each
/// side's actions) as compact JSON, so the hub's join snapshot, read from the index, draws countdowns and buttons
/// without asking any request. A row written before the column existed reads with none of them.
/// </summary>
internal static class RequestIndexLiveColumn
{
    /// <summary>The column's name: stored, never rename.</summary>
    public const string Name = "Live";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Writes the column when the summary has something to draw.</summary>
    public static void Write(TableEntity entity, RequestSummary summary)
    {
        if (summary.Clocks is not null || summary.PauseReason is not null || summary.ProviderActions is not null || summary.ClientActions is not null)
        {
            entity[Name] = JsonSerializer.Serialize(new Stored(summary.PauseReason, summary.Clocks, summary.ProviderActions, summary.ClientActions), Json);
        }
    }

    /// <summary>The summary with what the column holds (itself when the row has no such column).</summary>
    public static RequestSummary Read(TableEntity entity, RequestSummary summary)
    {
        if (entity.GetString(Name) is not { Length: > 0 } text)
        {
            return summary;
        }

        var stored = JsonSerializer.Deserialize<Stored>(text, Json);
        return stored is null ? summary : summary with
        {
            PauseReason = stored.PauseReason,
            Clocks = stored.Clocks,
            ProviderActions = stored.ProviderActions,
            ClientActions = stored.ClientActions,
        };
    }

    private sealed record Stored(
        PauseReason? PauseReason,
        IReadOnlyList<LiveClockReading>? Clocks,
        IReadOnlyList<RequestAction>? ProviderActions,
        IReadOnlyList<RequestAction>? ClientActions);
}
