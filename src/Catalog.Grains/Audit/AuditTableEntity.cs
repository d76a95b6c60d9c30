using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>
/// The row of an audit entry: partition = the entry's UTC day ("20261123"), row key = its id (which sorts with
/// time), one column per field of the entry and its caller, and the changes as JSON (<see cref="AuditChangesFormat"/>).
/// Column names are stored: never rename them.
/// </summary>
internal static class AuditTableEntity
{
    public const string At = "At";
    public const string EntityType = "EntityType";
    public const string EntityId = "EntityId";
    public const string Action = "Action";
    public const string UserId = "UserId";
    public const string DisplayName = "DisplayName";
    public const string DepartmentId = "DepartmentId";
    public const string Origin = "Origin";
    public const string UserAgent = "UserAgent";
    public const string Changes = "Changes";

    /// <summary>The partition of the entries made on <paramref name="at"/>'s UTC day.</summary>
    public static string PartitionKey(DateTimeOffset at) => PartitionKey(DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>The partition of the entries made on a UTC day.</summary>
    public static string PartitionKey(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The row of <paramref name="entry"/>; fields with no value get no column.</summary>
    public static TableEntity From(AuditEntry entry)
    {
        var row = new TableEntity(PartitionKey(entry.At), entry.Id) { [At] = entry.At.ToUniversalTime() };
        Put(row, EntityType, entry.EntityType);
        Put(row, EntityId, entry.EntityId);
        Put(row, Action, entry.Action);
        Put(row, UserId, entry.Caller.UserId);
        Put(row, DisplayName, entry.Caller.DisplayName);
        Put(row, DepartmentId, entry.Caller.DepartmentId);
        Put(row, Origin, entry.Caller.Origin);
        Put(row, UserAgent, entry.Caller.UserAgent);
        row[Changes] = AuditChangesFormat.Write(entry.Changes);
        return row;
    }

    /// <summary>The entry of a row; throws <see cref="JsonException"/> when its changes are unreadable.</summary>
    public static AuditEntry ToEntry(TableEntity row) => new(
        row.RowKey,
        row.GetDateTimeOffset(At) ?? default,
        row.GetString(EntityType) ?? "",
        row.GetString(EntityId) ?? "",
        row.GetString(Action) ?? "",
        new AuditCaller(
            row.GetString(UserId) ?? "",
            row.GetString(DisplayName) ?? "",
            row.GetString(DepartmentId),
            row.GetString(Origin) ?? "",
            row.GetString(UserAgent)),
        AuditChangesFormat.Read(row.GetString(Changes) ?? "[]"));

    private static void Put(TableEntity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = AuditChangesFormat.Cut(value);
        }
    }

    /// <summary>A rough size of the row on the wire, to keep a transaction under its 4 MiB.</summary>
    public static int EstimatedBytes(TableEntity row) =>
        512 + ((IDictionary<string, object>)row).Values.Sum(v => v is string s ? s.Length * 3 : 32);
}
