using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Platform;

/// <summary>
/// A store written by the earlier version (its own grain storage) is migrated at start-up to the official Orleans
/// provider: every request, its history, the audit trail and the idempotency of its filings are there after.
/// </summary>
public sealed class LegacyStoreMigrationTests(LegacyStorePlatform platform) : IClassFixture<LegacyStorePlatform>
{
    [Fact]
    public async Task The_requests_of_a_store_the_earlier_version_wrote_are_all_there_with_their_history()
    {
        var agent = await platform.AsAsync(RequestApi.ItAgent);

        var queue = await agent.GetFromJsonAsync<JsonObject>("api/queues/provider/it");
        var ids = queue!["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).Order().ToList();
        ids.Should().Equal("IT-000001", "IT-000002", "IT-000003", "IT-000004", "IT-000005", "IT-000006", "IT-000007");

        var acknowledged = await RequestApi.GetAsync(agent, "IT-000006");
        acknowledged["status"]!.GetValue<string>().Should().Be("Acknowledged");
        var step = acknowledged["history"]!.AsArray().Should().ContainSingle().Subject!;
        step["action"]!.GetValue<string>().Should().Be("Acknowledge");
        step["by"]!.GetValue<string>().Should().Be("it.agent");
        foreach (var id in ids)
        {
            (await RequestApi.GetAsync(agent, id))["serviceId"]!.GetValue<string>().Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task A_filing_retried_with_a_key_of_the_earlier_version_answers_its_request_and_lookalike_keys_stay_apart()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);

        var slash = await RequestApi.FileAsync(requester, "it.software-install", idempotencyKey: "legacy/a#1");
        var underscore = await RequestApi.FileAsync(requester, "it.software-install", idempotencyKey: "legacy_a_1");

        (await slash.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>().Should().Be("IT-000006");
        (await underscore.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>().Should().Be("IT-000007");
    }

    [Fact]
    public async Task The_catalogue_and_the_audit_trail_of_the_earlier_version_are_kept_and_nothing_is_left_in_the_old_layout()
    {
        var auditor = await platform.AsAsync("org.auditor");

        var catalogue = await auditor.GetFromJsonAsync<JsonObject>("api/catalogue?department=it");
        catalogue!["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Should().Contain("it.software-install");
        var audit = await auditor.GetFromJsonAsync<JsonArray>("api/audit?entityId=IT-000006");
        audit!.Count.Should().BeGreaterThanOrEqualTo(2, "the filing and the acknowledgement were audited by the earlier version");

        var legacy = 0;
        await foreach (var entity in new TableServiceClient(platform.Azurite.ConnectionString)
            .GetTableClient("CatalogGrainState").QueryAsync<TableEntity>())
        {
            legacy += entity.ContainsKey("DataLength") ? 1 : 0;
        }

        legacy.Should().Be(0);
    }
}
