namespace Catalog.Storage.Tables;

/// <summary>How a write of <see cref="TableBatchWriter"/> ended.</summary>
public enum TableWriteResult
{
    /// <summary>The entity is stored as sent (or, for a delete, the row is gone).</summary>
    Stored,

    /// <summary>An insert found its row stored already and left it as it was.</summary>
    Existed,
}
