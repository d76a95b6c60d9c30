using Catalog.Audit;
using Catalog.Errors;
using Catalog.Grains.Audit;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

[Collection(ClusterCollection.Name)]
public sealed class AuditTrailGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2031, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private readonly IAuditTrailGrain trail = fixture.Grains.GetAuditTrail();

    [Fact]
    public async Task A_search_returns_the_matching_entries_newest_first_within_its_limit()
    {
        var service = "audit.s" + Guid.NewGuid().ToString("N")[..8];
        var other = "audit.o" + Guid.NewGuid().ToString("N")[..8];
        var bob = new AuditCaller("bob" + Guid.NewGuid().ToString("N")[..6], "Bob", "hr", "10.0.0.9");
        await fixture.Audit.AppendAsync(
        [
            Entry(T0, AuditEntityTypes.Service, service, Ines),
            Entry(T0.AddHours(1), AuditEntityTypes.Service, service, bob),
            Entry(T0.AddDays(1), AuditEntityTypes.Service, service, Ines),
            Entry(T0.AddDays(2), AuditEntityTypes.Service, other, bob),
            Entry(T0.AddDays(3), AuditEntityTypes.Request, service, Ines),
        ]);

        var byEntity = await trail.QueryAsync(new AuditQuery(EntityType: AuditEntityTypes.Service, EntityId: service));
        var byUser = await trail.QueryAsync(new AuditQuery(UserId: bob.UserId));
        var inWindow = await trail.QueryAsync(new AuditQuery(From: T0.AddHours(1), To: T0.AddDays(2), EntityId: service));
        var limited = await trail.QueryAsync(new AuditQuery(EntityId: service, Limit: 2));

        byEntity.Select(e => e.At).Should().Equal(T0.AddDays(1), T0.AddHours(1), T0);
        byEntity.Should().OnlyContain(e => e.EntityType == AuditEntityTypes.Service && e.EntityId == service);
        byUser.Select(e => e.At).Should().Equal(T0.AddDays(2), T0.AddHours(1));
        inWindow.Select(e => e.At).Should().Equal(T0.AddDays(1), T0.AddHours(1));
        limited.Select(e => e.At).Should().Equal(T0.AddDays(3), T0.AddDays(1));
        byEntity[0].Caller.Should().Be(Ines);
        byEntity[0].Changes.Should().Equal(new AuditChange("name.en", "A", "B"));
    }

    [Theory]
    [InlineData(0, null, "limit")]
    [InlineData(1001, null, "limit")]
    [InlineData(10, "widget", "entityType")]
    public async Task An_invalid_search_is_refused_naming_the_field(int limit, string? entityType, string field)
    {
        var act = () => trail.QueryAsync(new AuditQuery(EntityType: entityType, Limit: limit));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Should().ContainKey(field);
    }

    [Fact]
    public async Task A_search_whose_start_is_not_before_its_end_is_refused()
    {
        var act = () => trail.QueryAsync(new AuditQuery(From: T0, To: T0));

        (await act.Should().ThrowAsync<CatalogValidationException>()).Which.Errors.Keys.Should().Equal("from");
    }

    private static AuditEntry Entry(DateTimeOffset at, string type, string id, AuditCaller caller) =>
        new(AuditEntryIds.New(at), at, type, id, "Updated", caller, [new AuditChange("name.en", "A", "B")]);
}
