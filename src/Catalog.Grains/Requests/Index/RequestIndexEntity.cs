using Azure.Data.Tables;
using Catalog.Catalogue;
using Catalog.Domain.Requests;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The columns of an index row: the summary field by field (the service name as two columns, the status as its
/// stored number, instants as UTC date-times), and on the provider's row only the pending deadlines
/// (<see cref="PendingDeadlinesFormat"/>) with a <c>HasPending</c> flag a monitor's reload filters on. A row written
/// before <c>AwaitingApproval</c> existed has no such column and reads as false.
/// Column names are stored: never rename one.
/// </summary>
internal static class RequestIndexEntity
{
    public const string RequestId = "RequestId";
    public const string ServiceId = "ServiceId";
    public const string ServiceNameFr = "ServiceNameFr";
    public const string ServiceNameEn = "ServiceNameEn";
    public const string ProviderDepartmentId = "ProviderDepartmentId";
    public const string ClientDepartmentId = "ClientDepartmentId";
    public const string Requester = "Requester";
    public const string Title = "Title";
    public const string Status = "Status";
    public const string AtRisk = "AtRisk";
    public const string Breached = "Breached";
    public const string ClientOverdue = "ClientOverdue";
    public const string AwaitingApproval = "AwaitingApproval";
    public const string NextDueAt = "NextDueAt";
    public const string FiledAt = "FiledAt";
    public const string UpdatedAt = "UpdatedAt";
    public const string Deadlines = "Deadlines";
    public const string HasPending = "HasPending";

    /// <summary>The columns a queue listing reads (everything but the deadlines).</summary>
    public static readonly IReadOnlyList<string> SummaryColumns =
    [
        RequestId, ServiceId, ServiceNameFr, ServiceNameEn, ProviderDepartmentId, ClientDepartmentId, Requester, Title,
        Status, AtRisk, Breached, NextDueAt, FiledAt, UpdatedAt, ClientOverdue, AwaitingApproval, RequestIndexLiveColumn.Name,
    ];

    /// <summary>The columns a monitor's reload reads.</summary>
    public static readonly IReadOnlyList<string> PendingColumns = [RequestId, Deadlines];

    /// <summary>The row of <paramref name="summary"/> in the queue of <paramref name="role"/>.</summary>
    public static TableEntity Create(QueueRole role, RequestSummary summary, IReadOnlyList<SlaDeadline> pendingDeadlines)
    {
        var entity = new TableEntity(
            RequestIndexKeys.Partition(role, QueueOrder.Owner(role, summary)),
            RequestIndexKeys.Row(summary.Id))
        {
            [RequestId] = summary.Id,
            [ServiceId] = summary.ServiceId,
            [ServiceNameFr] = summary.ServiceName.Fr,
            [ServiceNameEn] = summary.ServiceName.En,
            [ProviderDepartmentId] = summary.ProviderDepartmentId,
            [ClientDepartmentId] = summary.ClientDepartmentId,
            [Requester] = summary.Requester,
            [Title] = summary.Title,
            [Status] = (int)summary.Status,
            [AtRisk] = summary.AtRisk,
            [Breached] = summary.Breached,
            [ClientOverdue] = summary.ClientOverdue,
            [AwaitingApproval] = summary.AwaitingApproval,
            [FiledAt] = summary.FiledAt.ToUniversalTime(),
            [UpdatedAt] = summary.UpdatedAt.ToUniversalTime(),
        };
        RequestIndexLiveColumn.Write(entity, summary);
        if (summary.NextDueAt is { } nextDueAt)
        {
            entity[NextDueAt] = nextDueAt.ToUniversalTime();
        }

        // The provider's monitor reloads from the provider's partition: the client's row needs no deadlines.
        if (role == QueueRole.Provider)
        {
            entity[HasPending] = pendingDeadlines.Count > 0;
            if (pendingDeadlines.Count > 0)
            {
                entity[Deadlines] = PendingDeadlinesFormat.Write(pendingDeadlines);
            }
        }

        return entity;
    }

    /// <summary>The summary stored in <paramref name="entity"/> (instants in UTC).</summary>
    public static RequestSummary ToSummary(TableEntity entity) => RequestIndexLiveColumn.Read(entity, new(
        Required(entity, RequestId),
        Required(entity, ServiceId),
        new LocalizedText(Required(entity, ServiceNameFr), Required(entity, ServiceNameEn)),
        Required(entity, ProviderDepartmentId),
        Required(entity, ClientDepartmentId),
        Required(entity, Requester),
        Required(entity, Title),
        (RequestStatus)(entity.GetInt32(Status) ?? throw Missing(entity, Status)),
        entity.GetBoolean(AtRisk) ?? false,
        entity.GetBoolean(Breached) ?? false,
        entity.GetDateTimeOffset(NextDueAt),
        entity.GetDateTimeOffset(FiledAt) ?? throw Missing(entity, FiledAt),
        entity.GetDateTimeOffset(UpdatedAt) ?? throw Missing(entity, UpdatedAt),
        entity.GetBoolean(ClientOverdue) ?? false,
        entity.GetBoolean(AwaitingApproval) ?? false));

    private static string Required(TableEntity entity, string column) => entity.GetString(column) ?? throw Missing(entity, column);

    private static InvalidDataException Missing(TableEntity entity, string column) =>
        new($"The request index row {entity.PartitionKey}/{entity.RowKey} has no {column} column.");
}
