using Catalog.Audit;
using Catalog.Grains.Audit;

namespace Catalog.Grains.Tests.Audit;

/// <summary>
/// The silo's in-memory trail behind a switch: <see cref="FailNext"/> makes the next append holding a matching entry
/// fail (nothing of it stored), as a storage hiccup would. Everything else goes through.
/// </summary>
public sealed class FaultyAuditTrail(InMemoryAuditTrail inner) : IAuditTrail
{
    private readonly Lock gate = new();
    private Func<AuditEntry, bool>? failOn;

    /// <summary>The next append holding an entry that matches <paramref name="match"/> fails with an <see cref="IOException"/>.</summary>
    public void FailNext(Func<AuditEntry, bool> match)
    {
        lock (gate)
        {
            failOn = match;
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            if (failOn is { } match && entries.Any(match))
            {
                failOn = null;
                return Task.FromException(new IOException("The audit trail is down (test)."));
            }
        }

        return inner.AppendAsync(entries, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(query, cancellationToken);
}
