namespace Catalog.Functional.Tests.Requests;

public sealed class RequestRestartTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    [Fact]
    public async Task A_deadline_that_passed_while_the_silo_was_down_is_recorded_as_breached_on_start_up()
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 2);
        var filed = await RequestApi.FileOkAsync(requester, service);
        var id = filed["id"]!.GetValue<string>();
        var due = RequestApi.Instant(RequestApi.Clock(filed, "Acknowledgement"), "dueAt")!.Value;

        await platform.StopSiloAsync();
        platform.FakeClock.SetUtcNow(due.AddHours(3));
        await platform.StartSiloAsync();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        var ack = RequestApi.Clock(await RequestApi.GetAsync(requester, id), "Acknowledgement");
        while (!ack["breached"]!.GetValue<bool>() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            ack = RequestApi.Clock(await RequestApi.GetAsync(requester, id), "Acknowledgement");
        }

        ack["breached"]!.GetValue<bool>().Should().BeTrue("the monitor reloads pending deadlines on start-up");
        RequestApi.Instant(ack, "breachedAt").Should().Be(due, "the breach is dated when it happened, not when it was seen");
    }
}
