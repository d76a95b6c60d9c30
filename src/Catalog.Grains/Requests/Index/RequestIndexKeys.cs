using Catalog.Requests;
using Catalog.Storage.Tables;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// Where a request's rows live in the index table.
/// <list type="bullet">
/// <item>PartitionKey: <c>p|{provider}</c> or <c>c|{client}</c>, the department escaped with
/// <see cref="TableKeyEncoding"/>, so one queue is one partition and a listing never scans another department.
/// The role and department are separated by <see cref="TableKeyEncoding.Separator"/>, which escaping never produces
/// (a <c>~</c> separator would read as an escape, and <c>p~h…</c> as the hash marker of a fitted key).</item>
/// <item>RowKey: the request id, escaped.</item>
/// </list>
/// </summary>
internal static class RequestIndexKeys
{
    /// <summary>The partition of a department's queue in a role.</summary>
    public static string Partition(QueueRole role, string departmentId) =>
        TableKeyEncoding.Fit(RolePrefix(role) + TableKeyEncoding.Separator + TableKeyEncoding.Escape(departmentId));

    /// <summary>The row of a request in either partition.</summary>
    public static string Row(string requestId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(requestId));

    private static string RolePrefix(QueueRole role) => role switch
    {
        QueueRole.Provider => "p",
        QueueRole.Client => "c",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a queue role."),
    };
}
