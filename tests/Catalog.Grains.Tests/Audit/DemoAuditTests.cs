using Catalog.Audit;
using Catalog.Grains.Tests.Catalogue;

namespace Catalog.Grains.Tests.Audit;

public sealed class DemoAuditTests(DemoClusterFixture fixture) : IClassFixture<DemoClusterFixture>
{
    [Fact]
    public async Task Demo_seeding_is_recorded_as_Catalog_itself()
    {
        var departments = await fixture.Grains.GetAuditTrail().QueryAsync(new AuditQuery(EntityType: AuditEntityTypes.Department, EntityId: "it"));
        var services = await fixture.Grains.GetAuditTrail().QueryAsync(new AuditQuery(EntityType: AuditEntityTypes.Service, Limit: 1000));

        departments.Should().ContainSingle().Which.Caller.Should().Be(AuditCaller.Catalog);
        services.Should().NotBeEmpty().And.OnlyContain(e => e.Action == "Created" && e.Caller.UserId == AuditCaller.System && e.Caller.Origin == "silo");
    }
}
