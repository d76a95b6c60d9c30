using Azure.Core;
using Azure.Core.Pipeline;

namespace Catalog.Storage.Tests.Tables;

/// <summary>Counts the HTTP requests a table client sends (each retry counts: it is a round trip).</summary>
public sealed class CountingPolicy : HttpPipelinePolicy
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<WireRequest> log = new();
    private long requests;
    private long writes;

    /// <summary>One request as sent: method, path (table and keys), and the body of a transaction.</summary>
    public sealed record WireRequest(string Method, string Path, string? Batch);

    /// <summary>Every request sent, oldest first.</summary>
    public IReadOnlyList<WireRequest> Log => [.. log];

    /// <summary>Every request sent.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Requests other than GET (inserts, upserts, merges, deletes, transactions).</summary>
    public long Writes => Interlocked.Read(ref writes);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    /// <summary>A client options object sending through this policy.</summary>
    public Azure.Data.Tables.TableClientOptions Options()
    {
        var options = new Azure.Data.Tables.TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }

    private void Count(HttpMessage message)
    {
        var path = Uri.UnescapeDataString(message.Request.Uri.Path);
        string? batch = null;
        if (path.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            batch = System.Text.Encoding.UTF8.GetString(body.ToArray());
        }

        log.Enqueue(new WireRequest(message.Request.Method.Method, path, batch));
        Interlocked.Increment(ref requests);
        if (message.Request.Method != RequestMethod.Get)
        {
            Interlocked.Increment(ref writes);
        }
    }
}
