using Catalog.Grains.Requests.Index;
using Catalog.Requests;
using static Catalog.Grains.Tests.Index.IndexTestData;

namespace Catalog.Grains.Tests.Approvals;

/// <summary>The in-memory request index filters on AwaitingApproval as the Azure Table one does.</summary>
public sealed class AwaitingApprovalQueueTests
{
    private readonly InMemoryRequestIndex index = new();

    [Fact]
    public async Task The_awaitingApproval_filter_keeps_only_the_requests_it_names_and_none_means_every_request()
    {
        await index.UpsertAsync(Summary("IT-000001", "it", "hr") with { AwaitingApproval = true }, []);
        await index.UpsertAsync(Summary("IT-000002", "it", "hr"), []);

        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", AwaitingApproval: true))).Items.Select(s => s.Id).Should().Equal("IT-000001");
        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it", AwaitingApproval: false))).Items.Select(s => s.Id).Should().Equal("IT-000002");
        (await index.QueryAsync(new QueueQuery(QueueRole.Provider, "it"))).Total.Should().Be(2);
    }
}
