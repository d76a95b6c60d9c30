using Azure.Core;
using Azure.Core.Pipeline;

namespace Catalog.Storage.Tests.Tables;

/// <summary>Counts the HTTP requests a table client sends (each retry counts: it is a round trip).</summary>
public sealed class CountingPolicy : HttpPipelinePolicy
{
    private long requests;
    private long writes;

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
        Interlocked.Increment(ref requests);
        if (message.Request.Method != RequestMethod.Get)
        {
            Interlocked.Increment(ref writes);
        }
    }
}
