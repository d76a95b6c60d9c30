extern alias abstractions;
using abstractions::Catalog.Audit;
using Azure.Data.Tables;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Catalog.Storage.Tests.Audit;

public sealed class AzureTableAuditTrailTests(AuditTrailFixture fixture, ITestOutputHelper output) : IClassFixture<AuditTrailFixture>
{
    private static readonly AuditCaller Ines = new("it.manager", "Ines", "it", "10.0.0.7", "Mozilla/5.0 (test)");

    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task An_entry_round_trips_exactly_in_the_partition_of_its_utc_day()
    {
        var at = new DateTimeOffset(2031, 3, 2, 23, 30, 0, TimeSpan.FromHours(-5)).AddTicks(1234567);
        var entry = new AuditEntry(AuditEntryIds.New(at), at, AuditEntityTypes.Request, NewId("IT-"), "WaitOnClient", Ines,
        [
            new AuditChange("status", "InProgress", "WaitingOnClient"),
            new AuditChange("comment", null, "Devis « joint » \"ici\"\nmerci"),
            new AuditChange("reason", "Other", null),
        ]);

        await fixture.Trail.AppendAsync([entry]);
        var found = await fixture.Trail.QueryAsync(new AuditQuery(From: at.AddDays(-1), To: at.AddDays(1), EntityId: entry.EntityId));
        var row = await fixture.Table.GetEntityAsync<TableEntity>("20310303", entry.Id);

        found.Should().ContainSingle();
        found[0].Should().BeEquivalentTo(entry);
        found[0].At.UtcTicks.Should().Be(at.UtcTicks);
        row.Value.GetString("UserId").Should().Be("it.manager");
    }

    [Fact]
    public async Task Entries_come_newest_first_across_day_partitions_within_the_limit()
    {
        var id = NewId("svc.");
        var instants = new[] { now.AddDays(-9), now.AddDays(-3).AddHours(-1), now.AddDays(-3), now.AddDays(-1), now.AddMinutes(-1) };
        foreach (var at in instants.Reverse())
        {
            await fixture.Trail.AppendAsync([Entry(at, AuditEntityTypes.Service, id)]);
        }

        var all = await fixture.Trail.QueryAsync(new AuditQuery(EntityId: id));
        var two = await fixture.Trail.QueryAsync(new AuditQuery(EntityId: id, Limit: 2));
        var beforeYesterday = await fixture.Trail.QueryAsync(new AuditQuery(To: now.AddDays(-2), EntityId: id));

        all.Select(e => e.At).Should().Equal(instants.Reverse());
        two.Select(e => e.At).Should().Equal(instants[4], instants[3]);
        beforeYesterday.Select(e => e.At).Should().Equal(instants[2], instants[1], instants[0]);
    }

    [Fact]
    public async Task Searches_filter_by_time_entity_type_entity_and_user()
    {
        var id = NewId("x");
        var bob = new AuditCaller(NewId("bob"), "Bob", null, "10.0.0.9");
        await fixture.Trail.AppendAsync(
        [
            Entry(now.AddHours(-5), AuditEntityTypes.Service, id),
            Entry(now.AddHours(-4), AuditEntityTypes.Agreement, id, bob),
            Entry(now.AddHours(-3), AuditEntityTypes.Service, id, bob),
            Entry(now.AddHours(-2), AuditEntityTypes.Service, NewId("y"), bob),
        ]);

        var services = await fixture.Trail.QueryAsync(new AuditQuery(EntityType: AuditEntityTypes.Service, EntityId: id));
        var byBob = await fixture.Trail.QueryAsync(new AuditQuery(UserId: bob.UserId));
        var window = await fixture.Trail.QueryAsync(new AuditQuery(From: now.AddHours(-4), To: now.AddHours(-3), EntityId: id));

        services.Select(e => e.At).Should().Equal(now.AddHours(-3), now.AddHours(-5));
        byBob.Select(e => e.At).Should().Equal(now.AddHours(-2), now.AddHours(-3), now.AddHours(-4));
        byBob.Should().OnlyContain(e => e.Caller == bob);
        window.Should().ContainSingle().Which.EntityType.Should().Be(AuditEntityTypes.Agreement);
    }

    [Fact]
    public async Task An_existing_id_is_refused_and_never_overwritten_alone_or_in_a_batch()
    {
        var entry = Entry(now.AddMinutes(-10), AuditEntityTypes.Service, NewId("svc."));
        await fixture.Trail.AppendAsync([entry]);
        var forged = entry with { Action = "Forged", Caller = AuditCaller.Catalog };
        var innocent = Entry(now.AddMinutes(-9), AuditEntityTypes.Service, entry.EntityId);

        var alone = () => fixture.Trail.AppendAsync([forged]);
        var inBatch = () => fixture.Trail.AppendAsync([innocent, forged]);

        (await alone.Should().ThrowAsync<AuditEntryExistsException>()).Which.EntryId.Should().Be(entry.Id);
        (await inBatch.Should().ThrowAsync<AuditEntryExistsException>()).Which.EntryId.Should().Be(entry.Id);
        var stored = await fixture.Trail.QueryAsync(new AuditQuery(EntityId: entry.EntityId));
        stored.Should().ContainSingle().Which.Should().BeEquivalentTo(entry);
    }

    [Fact]
    public async Task Changes_too_long_for_a_table_property_are_cut_with_a_marker()
    {
        var changes = Enumerable.Range(0, 100).Select(i => new AuditChange($"f{i}", new string('é', 3000), new string('à', 3000))).ToArray();
        var entry = Entry(now.AddMinutes(-5), AuditEntityTypes.Service, NewId("big.")) with { Changes = changes };

        await fixture.Trail.AppendAsync([entry]);
        var stored = (await fixture.Trail.QueryAsync(new AuditQuery(EntityId: entry.EntityId))).Single();

        stored.Changes[0].After.Should().EndWith("…[truncated]").And.HaveLength(1000);
        stored.Changes[^1].Field.Should().Be("…");
        stored.Changes[^1].After.Should().EndWith("more changes not stored");
    }

    [Fact]
    public async Task Five_hundred_concurrent_records_are_all_durable_in_far_fewer_round_trips()
    {
        var writer = new AuditWriter(fixture.Trail, NullLogger<AuditWriter>.Instance);
        var recorder = new AuditRecorder(writer, CatalogClock.System);
        var id = NewId("IT-");
        var roundTripsBefore = fixture.Trail.RoundTrips;
        CallerContext.Set(Ines);

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() =>
            recorder.RecordAsync(AuditEntityTypes.Request, id, "Comment", [new AuditChange("comment", null, $"#{i}")]))));

        var roundTrips = fixture.Trail.RoundTrips - roundTripsBefore;
        output.WriteLine($"500 entries in {roundTrips} table round trips");
        var stored = await fixture.Trail.QueryAsync(new AuditQuery(EntityId: id, Limit: 1000));
        stored.Should().HaveCount(500).And.OnlyContain(e => e.Caller == Ines);
        stored.Select(e => e.Changes[0].After).Should().OnlyHaveUniqueItems();
        stored.Select(e => e.Id).Should().BeInDescendingOrder(StringComparer.Ordinal);
        roundTrips.Should().BeLessThan(50, "entries waiting on a write go together, 100 to a transaction");
        writer.Batches.Should().Be(roundTrips);
    }

    private static string NewId(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    private static AuditEntry Entry(DateTimeOffset at, string type, string id, AuditCaller? caller = null) =>
        new(AuditEntryIds.New(at), at, type, id, "Updated", caller ?? Ines, [new AuditChange("name.en", "A", "B")]);
}
