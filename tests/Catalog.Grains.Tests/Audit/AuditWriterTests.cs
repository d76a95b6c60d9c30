using Catalog.Audit;
using Catalog.Grains.Audit;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Grains.Tests.Audit;

public sealed class AuditWriterTests
{
    private static readonly DateTimeOffset T0 = new(2031, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_entry_written_while_idle_is_stored_at_once_and_those_arriving_during_a_write_go_together()
    {
        var trail = new GatedTrail();
        var writer = new AuditWriter(trail, NullLogger<AuditWriter>.Instance);

        var first = writer.WriteAsync(Entry(T0));
        await trail.Started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var waiting = Enumerable.Range(1, 250).Select(i => writer.WriteAsync(Entry(T0.AddSeconds(i)))).ToArray();
        trail.Release();
        await Task.WhenAll(waiting.Append(first)).WaitAsync(TimeSpan.FromSeconds(5));

        trail.Batches.Select(b => b.Count).Should().Equal(1, 100, 100, 50);
        trail.Stored.Should().HaveCount(251);
        writer.Batches.Should().Be(4);
    }

    [Fact]
    public async Task Entries_of_different_days_are_written_in_different_batches()
    {
        var trail = new InMemoryAuditTrail();
        var writer = new AuditWriter(trail, NullLogger<AuditWriter>.Instance);

        await Task.WhenAll(writer.WriteAsync(Entry(T0)), writer.WriteAsync(Entry(T0.AddDays(1))), writer.WriteAsync(Entry(T0.AddDays(1))));

        trail.Entries.Should().HaveCount(3);
        trail.Appends.Should().BeInRange(2, 3);
    }

    [Fact]
    public async Task A_storage_failure_faults_the_tasks_of_the_entries_it_held()
    {
        var writer = new AuditWriter(new FailingTrail(), NullLogger<AuditWriter>.Instance);

        var act = () => writer.WriteAsync(Entry(T0));

        await act.Should().ThrowAsync<IOException>().WithMessage("Storage is down.");
    }

    [Fact]
    public async Task An_existing_id_fails_only_its_own_entry()
    {
        var trail = new InMemoryAuditTrail();
        var existing = Entry(T0);
        await trail.AppendAsync([existing]);
        var gate = new GatedTrail(trail);
        var writer = new AuditWriter(gate, NullLogger<AuditWriter>.Instance);

        var opening = writer.WriteAsync(Entry(T0.AddSeconds(1)));
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(5));
        var fresh = writer.WriteAsync(Entry(T0.AddSeconds(2)));
        var duplicate = writer.WriteAsync(existing with { Action = "Overwrite" });
        gate.Release();

        await Task.WhenAll(opening, fresh).WaitAsync(TimeSpan.FromSeconds(5));
        (await duplicate.Invoking(t => t).Should().ThrowAsync<AuditEntryExistsException>()).Which.EntryId.Should().Be(existing.Id);
        trail.Entries.Should().HaveCount(3);
        trail.Entries.Single(e => e.Id == existing.Id).Action.Should().Be("Updated", "an entry is never overwritten");
    }

    [Fact]
    public async Task The_trail_refuses_an_existing_id_and_keeps_the_first_entry()
    {
        var trail = new InMemoryAuditTrail();
        var entry = Entry(T0);
        await trail.AppendAsync([entry]);

        var act = () => trail.AppendAsync([Entry(T0.AddSeconds(1)), entry with { Action = "Overwrite" }]);

        await act.Should().ThrowAsync<AuditEntryExistsException>();
        trail.Entries.Should().Equal(entry);
    }

    private static AuditEntry Entry(DateTimeOffset at) =>
        new(AuditEntryIds.New(at), at, AuditEntityTypes.Service, "it.laptop", "Updated", AuditCaller.Catalog, []);

    /// <summary>Holds its first append until released, then passes every append on (to memory by default).</summary>
    private sealed class GatedTrail(InMemoryAuditTrail? inner = null) : IAuditTrail
    {
        private readonly InMemoryAuditTrail inner = inner ?? new InMemoryAuditTrail();
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<IReadOnlyList<AuditEntry>> batches = [];

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<IReadOnlyList<AuditEntry>> Batches
        {
            get
            {
                lock (batches)
                {
                    return [.. batches];
                }
            }
        }

        public IReadOnlyList<AuditEntry> Stored => inner.Entries;

        public void Release() => gate.TrySetResult();

        public async Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default)
        {
            lock (batches)
            {
                batches.Add(entries);
            }

            Started.TrySetResult();
            await gate.Task;
            await inner.AppendAsync(entries, cancellationToken);
        }

        public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
            inner.QueryAsync(query, cancellationToken);
    }

    private sealed class FailingTrail : IAuditTrail
    {
        public Task AppendAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken = default) =>
            Task.FromException(new IOException("Storage is down."));

        public Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
