using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Catalog.Storage.Tests.Notifications;

/// <summary>Keeps the method and decoded path of every request a table client sends, to count them by table or row.</summary>
public sealed class WireLog : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<(string Method, string Path)> sent = new();

    /// <summary>Every request so far, as "METHOD path".</summary>
    public IReadOnlyList<string> Lines => [.. sent.Select(r => r.Method + " " + r.Path)];

    /// <summary>How many requests so far matched <paramref name="match"/>.</summary>
    public int Count(Func<string, string, bool> match) => sent.Count(r => match(r.Method, r.Path));

    /// <summary>Writes (not GET) to a grain's state row: the official provider keys it by the grain id, "/" made "_".</summary>
    public int StateWrites(string grainType, string key) =>
        Count((method, path) => method != "GET" && path.Contains($"_{grainType}_{key}'", StringComparison.Ordinal));

    /// <summary>Reads of a table (queries and point reads) whose name starts with <paramref name="table"/>.</summary>
    public int Reads(string table) =>
        Count((method, path) => method == "GET" && path.StartsWith("/" + table, StringComparison.OrdinalIgnoreCase));

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Keep(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Keep(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Keep(HttpMessage message)
    {
        // Azurite's path style: /{account}/{table}(...)
        var path = Uri.UnescapeDataString(message.Request.Uri.Path);
        var second = path.IndexOf('/', 1);
        path = second > 0 ? path[second..] : path;
        if (message.Request.Method == RequestMethod.Post && message.Request.Content is { } content && !path.Contains('$', StringComparison.Ordinal))
        {
            // An insert names its row in its body: written into the path as an update's would be.
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            var json = System.Text.Json.JsonDocument.Parse(body.ToArray()).RootElement;
            if (json.TryGetProperty("PartitionKey", out var partition) && json.TryGetProperty("RowKey", out var row))
            {
                path += $"(PartitionKey='{partition.GetString()}',RowKey='{row.GetString()}')";
            }
        }

        sent.Enqueue((message.Request.Method.Method, path));
    }
}
