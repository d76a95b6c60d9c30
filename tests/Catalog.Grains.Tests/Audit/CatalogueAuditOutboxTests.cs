using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Grains.Tests.Catalogue;
using static Catalog.Grains.Tests.Audit.AuditTestData;

namespace Catalog.Grains.Tests.Audit;

/// <summary>A service's change and its audit entry are stored together: a trail failure loses no entry.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CatalogueAuditOutboxTests(ClusterFixture fixture)
{
    private readonly IGrainFactory grains = fixture.Grains;

    [Fact]
    public async Task A_creation_whose_entry_the_trail_refuses_fails_but_stands_and_the_next_change_stores_the_entry_once_as_made()
    {
        var department = await TestDrafts.AddDepartmentAsync(grains);
        var id = TestDrafts.ServiceId(department);
        fixture.AuditFaults.FailNext(e => e.EntityType == AuditEntityTypes.Service && e.EntityId == id);
        ActAsInes();
        var before = DateTimeOffset.UtcNow;

        var act = () => grains.GetService(id).CreateAsync(TestDrafts.Service(department));

        await act.Should().ThrowAsync<Exception>().WithMessage("*audit trail is down*");
        var failed = DateTimeOffset.UtcNow;
        fixture.Audit.For(AuditEntityTypes.Service, id).Should().BeEmpty();
        (await grains.GetService(id).GetAsync()).Current.Version.Should().Be(1, "the service was created");
        CallerContext.Set(Someone);
        await grains.GetService(id).UpdateAsync(TestDrafts.Service(department, en: "Laptop preparation") with { ExpectedVersion = 1 });

        var entries = fixture.Audit.For(AuditEntityTypes.Service, id);
        entries.Select(e => e.Action).Should().Equal("Created", "Updated");
        entries[0].Caller.Should().Be(Ines);
        entries[0].At.Should().BeOnOrAfter(before).And.BeOnOrBefore(failed);
        entries[1].Caller.Should().Be(Someone);
    }
}
