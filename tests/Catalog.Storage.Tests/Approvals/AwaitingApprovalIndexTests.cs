extern alias abstractions;
using abstractions::Catalog.Requests;
using Azure.Data.Tables;
using Catalog.Storage.Tests.RequestIndex;
using static Catalog.Storage.Tests.RequestIndex.IndexRows;

namespace Catalog.Storage.Tests.Approvals;

/// <summary>The request index's AwaitingApproval column: stored, filtered on, and absent from rows written before it.</summary>
public sealed class AwaitingApprovalIndexTests(RequestIndexFixture fixture) : IClassFixture<RequestIndexFixture>
{
    [Fact]
    public async Task The_flag_is_stored_on_both_rows_and_filters_the_queue_both_ways()
    {
        var provider = NewDepartment("p");
        var client = NewDepartment("c");
        await fixture.Index.UpsertAsync(Summary("IT-000001", provider, client) with { AwaitingApproval = true }, []);
        await fixture.Index.UpsertAsync(Summary("IT-000002", provider, client), []);

        var rows = await fixture.Table.QueryAsync<TableEntity>(e => e.RowKey == "IT-000001").ToListAsync();
        rows.Where(r => r.PartitionKey.EndsWith(provider, StringComparison.Ordinal) || r.PartitionKey.EndsWith(client, StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(r => r.GetBoolean("AwaitingApproval") == true);
        Ids(await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, AwaitingApproval: true))).Should().Equal("IT-000001");
        Ids(await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, AwaitingApproval: false))).Should().Equal("IT-000002");
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Client, client, AwaitingApproval: true))).Items.Single().AwaitingApproval.Should().BeTrue();
    }

    [Fact]
    public async Task A_row_written_before_the_column_existed_reads_as_not_awaiting_and_is_listed_as_such()
    {
        var provider = NewDepartment("p");
        var client = NewDepartment("c");
        await fixture.Index.UpsertAsync(Summary("IT-000003", provider, client), []);
        foreach (var row in (await fixture.Table.QueryAsync<TableEntity>(e => e.RowKey == "IT-000003").ToListAsync())
            .Where(r => r.PartitionKey.EndsWith(provider, StringComparison.Ordinal) || r.PartitionKey.EndsWith(client, StringComparison.Ordinal)))
        {
            row.Remove("AwaitingApproval");
            await fixture.Table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        }

        var notWaiting = await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, AwaitingApproval: false));

        Ids(notWaiting).Should().Equal("IT-000003");
        notWaiting.Items.Single().AwaitingApproval.Should().BeFalse();
        (await fixture.Index.QueryAsync(new QueueQuery(QueueRole.Provider, provider, AwaitingApproval: true))).Total.Should().Be(0);
    }

    private static string[] Ids(QueuePage page) => [.. page.Items.Select(i => i.Id)];
}
