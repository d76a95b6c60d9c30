using Azure.Data.Tables;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Grains.Requests.Index;
using Catalog.Requests;

namespace Catalog.Functional.Tests.Queues;

/// <summary>
/// Puts many requests in a platform's request index at once, in the stored format, as the request grains would
/// leave them (both rows: the provider's and the client's), 100 rows a transaction: thousands of open requests in
/// a few seconds, without filing each through the API. Only the queues and the board read these rows.
/// </summary>
internal static class IndexRows
{
    /// <summary>A summary of a seeded request.</summary>
    public static RequestSummary Summary(
        string id, string provider, string client, DateTimeOffset filedAt, DateTimeOffset? nextDueAt,
        RequestStatus status = RequestStatus.Submitted, bool atRisk = false, bool breached = false) =>
        new(id, provider + ".seeded", new LocalizedText("Service semé", "Seeded service"), provider, client,
            client + ".requester", "Seeded request " + id, status, atRisk, breached, nextDueAt, filedAt, filedAt);

    /// <summary>Writes the rows of <paramref name="summaries"/> to <paramref name="platform"/>'s index table.</summary>
    public static async Task WriteAsync(CatalogPlatform platform, IEnumerable<RequestSummary> summaries)
    {
        var table = new TableClient(platform.TablesConnectionString, "i" + platform.GrainStateTable[1..]);
        await table.CreateIfNotExistsAsync();
        var rows = summaries.SelectMany(s => new[]
        {
            RequestIndexEntity.Create(QueueRole.Provider, s, []),
            RequestIndexEntity.Create(QueueRole.Client, s, []),
        });
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            foreach (var chunk in partition.Chunk(100))
            {
                await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)));
            }
        }
    }
}
