using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;
using static Catalog.Functional.Tests.WhatIf.WhatIfApi;

namespace Catalog.Functional.Tests.WhatIf;

/// <summary>
/// A request filed Friday 20 November 16:00 with a 4-business-hour acknowledgement (due Monday noon), and a draft
/// calendar of it that makes Monday 23 November a holiday.
/// </summary>
public sealed class CalendarWhatIfTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    private static readonly DateTimeOffset MondayNoon = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public async Task A_new_holiday_is_previewed_refused_unconfirmed_and_once_confirmed_re_times_the_open_request_in_its_history()
    {
        var manager = await platform.AsAsync(RequestApi.ItManager);
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(manager, ackHours: 4);
        var id = (await RequestApi.FileOkAsync(requester, service))["id"]!.GetValue<string>();
        var calendar = (await manager.GetFromJsonAsync<JsonObject>("api/departments/it/calendar"))!;
        calendar["holidays"] = new JsonArray("2026-11-23");

        await PostAsync(requester, "api/departments/it/calendar/preview", calendar, HttpStatusCode.Forbidden);
        var preview = await PostAsync(manager, "api/departments/it/calendar/preview", calendar);

        Changed(preview).Should().Contain(id);
        var ack = Clock(preview, id, "Acknowledgement");
        Instant(ack, "beforeDueAt").Should().Be(MondayNoon);
        Instant(ack, "afterDueAt").Should().Be(MondayNoon.AddDays(1), "Monday no longer counts");

        await PostAsync(manager, "api/departments/it/calendar/publish", new { calendar }, HttpStatusCode.Conflict);
        RequestApi.Instant(RequestApi.Clock(await RequestApi.GetAsync(manager, id), "Acknowledgement"), "dueAt")
            .Should().Be(MondayNoon, "an unconfirmed publication changes nothing");
        var published = await PostAsync(manager, "api/departments/it/calendar/publish", new { calendar, confirm = true });

        published["retimed"]!.AsArray().Select(x => x!.GetValue<string>()).Should().Contain(id);
        var request = await RequestApi.GetAsync(requester, id);
        RequestApi.Instant(RequestApi.Clock(request, "Acknowledgement"), "dueAt").Should().Be(MondayNoon.AddDays(1));
        var step = request["history"]!.AsArray().Last()!;
        step["step"]!.GetValue<string>().Should().Be("CalendarApplied");
        step["comment"]!.GetValue<string>().Should().Be("it");
        (await manager.GetFromJsonAsync<JsonObject>("api/departments/it/calendar"))!["holidays"]!.AsArray()
            .Select(h => h!.GetValue<string>()).Should().Equal("2026-11-23");
    }
}
