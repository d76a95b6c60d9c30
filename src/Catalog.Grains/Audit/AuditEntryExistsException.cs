namespace Catalog.Grains.Audit;

/// <summary>An audit trail refused an entry because one with its id is stored already: entries are never overwritten.</summary>
public sealed class AuditEntryExistsException : Exception
{
    /// <summary>Creates the exception for the entry <paramref name="entryId"/>.</summary>
    public AuditEntryExistsException(string entryId, Exception? innerException = null)
        : base($"The audit entry '{entryId}' exists already; audit entries are never overwritten.", innerException) =>
        EntryId = entryId;

    /// <summary>The refused entry's id.</summary>
    public string EntryId { get; }
}
