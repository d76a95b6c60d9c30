using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>
/// The audit trail in process memory, for grain tests and benchmarks: the same contract as the Azure Table trail
/// (append only, an existing id refused, the same filters and order), nothing stored.
/// </summary>
public sealed class InMemoryAuditTrail : IAuditTrail
{
    private readonly Lock gate = new();
    private readonly List<AuditEntry> entries = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    /// <summary>Every entry appended so far, in the order appended.</summary>
    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return [.. entries];
            }
        }
    }

    /// <summary>How many appends were made.</summary>
    public int Appends { get; private set; }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (gate)
        {
            // All or nothing, like a table transaction.
            var batch = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (ids.Contains(entry.Id) || !batch.Add(entry.Id))
                {
                    return Task.FromException(new AuditEntryExistsException(entry.Id));
                }
            }

            this.entries.AddRange(entries);
            ids.UnionWith(batch);
            Appends++;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<AuditEntry> found;
        lock (gate)
        {
            found = AuditQueryFilter.NewestFirst(entries.Where(e => AuditQueryFilter.Matches(query, e)))
                .Take(AuditQueryFilter.Limit(query))
                .ToArray();
        }

        return Task.FromResult(found);
    }
}
