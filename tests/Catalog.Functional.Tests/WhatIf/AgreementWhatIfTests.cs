using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;
using static Catalog.Functional.Tests.WhatIf.WhatIfApi;

namespace Catalog.Functional.Tests.WhatIf;

/// <summary>
/// An agreement of it with hr for one service (resolution in 10 business days), three requests on it filed Friday
/// 16:00, one resolved Tuesday 16:00, and a request of another service: a draft with a 1-day resolution is previewed,
/// published, then migrated onto open requests.
/// </summary>
public sealed class AgreementWhatIfTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task Preview_lists_exactly_the_open_requests_that_change_publish_keeps_them_and_migrate_moves_them_with_audit()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var auditor = await platform.AsAsync("org.auditor");
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var other = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var agreement = (await PostAsync(manager, "api/agreements/it", Draft(service, 10), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var filedAt = platform.FakeClock.GetUtcNow();
        var (a, b, c) = (await FileAsync(requester, service), await FileAsync(requester, service), await FileAsync(requester, service));
        var unrelated = await FileAsync(requester, other);
        platform.FakeClock.Advance(TimeSpan.FromDays(4)); // Tuesday 16:00: 14 business hours, two business days, spent
        foreach (var action in new[] { "Acknowledge", "Start", "Resolve" })
        {
            await RequestApi.PostOkAsync(agent, c, "actions", new { action });
        }

        var preview = await PostAsync(manager, $"api/agreements/it/{agreement}/preview", Draft(service, 1));

        Changed(preview).Should().Equal([a, b], "the resolved request stays met, the other service's request is not on this agreement");
        var resolution = Clock(preview, a, "Resolution");
        resolution["before"]!.GetValue<string>().Should().Be("OnTrack");
        resolution["after"]!.GetValue<string>().Should().Be("Breached");
        Instant(resolution, "afterDueAt").Should().Be(filedAt.AddDays(3), "½ h on Friday and 6½ h on Monday make one business day: Monday 16:00");
        var before = Instant(resolution, "beforeDueAt");
        var compliance = preview["compliance"]!.AsArray().Single(x => x!["kind"]!.GetValue<string>() == "Resolution")!;
        (compliance["metNow"]!.GetValue<int>(), compliance["decidedNow"]!.GetValue<int>()).Should().Be((1, 1));
        (compliance["metDraft"]!.GetValue<int>(), compliance["decidedDraft"]!.GetValue<int>()).Should().Be((0, 3),
            "under one business day all three would have breached, the resolved one included");
        preview["quarterRequests"]!.GetValue<int>().Should().Be(3);

        var published = await manager.PutAsJsonAsync($"api/agreements/it/{agreement}", Draft(service, 1));
        published.StatusCode.Should().Be(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var kept = await RequestApi.GetAsync(manager, a);
        kept["agreementVersion"]!.GetValue<int>().Should().Be(1, "publishing applies to new requests only");
        RequestApi.Instant(RequestApi.Clock(kept, "Resolution"), "dueAt").Should().Be(before);
        (await RequestApi.FileOkAsync(requester, service))["agreementVersion"]!.GetValue<int>().Should().Be(2);

        await PostAsync(manager, $"api/agreements/it/{agreement}/migrate", new { version = 1 }, HttpStatusCode.Conflict);
        await PostAsync(requester, $"api/agreements/it/{agreement}/migrate", new { version = 2 }, HttpStatusCode.Forbidden);
        var one = await PostAsync(manager, $"api/agreements/it/{agreement}/migrate", new { version = 2, requestIds = new[] { a } });

        one["changed"]!.AsArray().Select(x => x!.GetValue<string>()).Should().Equal(a);
        var migrated = await RequestApi.GetAsync(requester, a);
        migrated["agreementVersion"]!.GetValue<int>().Should().Be(2);
        var clock = RequestApi.Clock(migrated, "Resolution");
        clock["breached"]!.GetValue<bool>().Should().BeTrue();
        RequestApi.Instant(clock, "breachedAt").Should().Be(platform.FakeClock.GetUtcNow(), "a breach is recorded when the terms applied, not before");
        var step = migrated["history"]!.AsArray().Last()!;
        step["step"]!.GetValue<string>().Should().Be("AgreementMigrated");
        step["comment"]!.GetValue<string>().Should().Be($"{agreement} v1 → v2");
        (await RequestApi.GetAsync(manager, b))["agreementVersion"]!.GetValue<int>().Should().Be(1, "only the request named moved");
        var trail = (await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityId={a}"))!;
        trail.Should().Contain(e => e!["action"]!.GetValue<string>() == "AgreementMigrated" && e["caller"]!["userId"]!.GetValue<string>() == RequestApi.ItManager);

        var rest = await PostAsync(manager, $"api/agreements/it/{agreement}/migrate", new { version = 2 });

        rest["changed"]!.AsArray().Select(x => x!.GetValue<string>()).Should().BeEquivalentTo([b, c], "every open request still on version 1, the resolved one too (it may reopen)");
        (await RequestApi.GetAsync(manager, unrelated))["agreementId"].Should().BeNull();
        var agreementTrail = (await auditor.GetFromJsonAsync<JsonArray>($"api/audit?entityId={agreement}"))!;
        agreementTrail.Select(e => e!["action"]!.GetValue<string>()).Should().Contain(["WhatIfPreviewed", "Migrated"]);
    }

    private static async Task<string> FileAsync(HttpClient requester, string service) =>
        (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
}
