namespace Catalog.Storage.Migration;

/// <summary>What the migration of a store written by Catalog's earlier grain storage needs besides the table.</summary>
public sealed class LegacyGrainStateMigrationOptions
{
    /// <summary>
    /// Per grain type, how a key of the earlier storage becomes today's key (for types whose keys hold user text and
    /// are now escaped); types not listed keep their keys.
    /// </summary>
    public Dictionary<string, Func<string, string>> Rekey { get; } = new(StringComparer.Ordinal);
}
