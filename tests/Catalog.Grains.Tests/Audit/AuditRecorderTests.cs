using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

public sealed class AuditRecorderTests
{
    [Fact]
    public async Task A_replayed_entry_is_stored_once_and_does_not_fail()
    {
        var trail = new InMemoryAuditTrail();
        var recorder = new AuditRecorder(new AuditWriter(trail, NullLogger<AuditWriter>.Instance), CatalogClock.System);
        ActAsInes();
        var entry = recorder.Prepare(AuditEntityTypes.Service, "it.laptop", AuditActions.Created, [new AuditChange("version", null, "1")]);
        var next = recorder.Prepare(AuditEntityTypes.Service, "it.laptop", AuditActions.Updated, [new AuditChange("version", "1", "2")]);
        await recorder.StoreAsync([entry]);

        await recorder.StoreAsync([entry]);
        await recorder.StoreAsync([entry, next]);

        trail.Entries.Should().Equal(entry, next);
        entry.Caller.Should().Be(Ines);
    }

    [Fact]
    public async Task An_outbox_keeps_its_entries_in_the_state_until_they_are_stored()
    {
        var trail = new InMemoryAuditTrail();
        var recorder = new AuditRecorder(new AuditWriter(trail, NullLogger<AuditWriter>.Instance), CatalogClock.System);
        var state = new Grains.Catalogue.ServiceState();
        var outbox = new AuditOutbox(() => state, recorder, NullLogger.Instance);

        outbox.Add(AuditEntityTypes.Service, "it.laptop", AuditActions.Created, []);
        outbox.Add(AuditEntityTypes.Service, "it.laptop", AuditActions.Retired, []);

        state.PendingAudit.Select(e => e.Action).Should().Equal(AuditActions.Created, AuditActions.Retired);
        trail.Entries.Should().BeEmpty();
        await outbox.StoreAsync();
        state.PendingAudit.Should().BeEmpty();
        trail.Entries.Select(e => e.Action).Should().Equal(AuditActions.Created, AuditActions.Retired);
    }
}
