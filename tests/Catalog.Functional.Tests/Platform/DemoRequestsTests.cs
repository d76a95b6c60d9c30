using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Infrastructure;

namespace Catalog.Functional.Tests.Platform;

/// <summary>The platform as ./run.sh starts it: the demo organisation with requests already under way.</summary>
public sealed class DemoRequestsPlatform : CatalogPlatform
{
    protected override bool SeedDemoRequests => true;
}

public sealed class DemoRequestsTests(DemoRequestsPlatform platform) : IClassFixture<DemoRequestsPlatform>
{
    [Fact]
    public async Task A_new_demo_opens_with_requests_in_several_states_and_a_restart_files_none_twice()
    {
        var before = await AllRequestsAsync();

        before.Should().HaveCountGreaterThanOrEqualTo(10);
        before.Select(r => r!["status"]!.GetValue<string>()).Distinct()
            .Should().Contain(["Submitted", "Acknowledged", "InProgress", "WaitingOnClient", "Resolved"]);
        before.Select(r => r!["providerDepartmentId"]!.GetValue<string>()).Distinct().Should().HaveCountGreaterThanOrEqualTo(4);

        await platform.StopSiloAsync();
        await platform.StartSiloAsync();
        var after = await AllRequestsAsync();

        after.Select(r => r!["id"]!.GetValue<string>()).Should().BeEquivalentTo(before.Select(r => r!["id"]!.GetValue<string>()));
    }

    /// <summary>Every department's provider queue, as the auditor (who may read them all) sees it.</summary>
    private async Task<List<JsonNode?>> AllRequestsAsync()
    {
        var auditor = await platform.AsAsync("org.auditor");
        var departments = await auditor.GetFromJsonAsync<JsonArray>("api/departments");
        var all = new List<JsonNode?>();
        foreach (var department in departments!)
        {
            var queue = await auditor.GetFromJsonAsync<JsonObject>($"api/queues/provider/{department!["id"]!.GetValue<string>()}");
            all.AddRange(queue!["items"]!.AsArray().Select(r => r?.DeepClone()));
        }

        return all;
    }
}
