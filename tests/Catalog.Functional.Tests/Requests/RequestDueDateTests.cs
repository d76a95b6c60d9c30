namespace Catalog.Functional.Tests.Requests;

public sealed class RequestDueDateTests(FakeClockPlatform platform) : IClassFixture<FakeClockPlatform>
{
    private static readonly DateTimeOffset MondayNoon = new(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public async Task Friday_16h00_filing_with_a_4_business_hour_target_is_due_Monday_noon_and_at_risk_at_11h00()
    {
        var service = await RequestApi.CreateServiceAsync(await platform.AsAsync(RequestApi.ItManager), ackHours: 4);

        var request = await RequestApi.FileOkAsync(await platform.AsAsync(RequestApi.HrRequester), service);

        var ack = RequestApi.Clock(request, "Acknowledgement");
        RequestApi.Instant(ack, "dueAt").Should().Be(MondayNoon, "30 minutes on Friday and 3½ hours on Monday morning");
        RequestApi.Instant(ack, "atRiskAt").Should().Be(MondayNoon.AddHours(-1), "75 % of 4 hours is 3 hours");
        ack["state"]!.GetValue<string>().Should().Be("Running");
        ack["holderDepartmentId"]!.GetValue<string>().Should().Be("it");
        request["id"]!.GetValue<string>().Should().MatchRegex("^IT-[0-9]{6}$");
        request["status"]!.GetValue<string>().Should().Be("Submitted");
        request["requester"]!.GetValue<string>().Should().Be(RequestApi.HrRequester, "the requester is whoever signed in");
        request["clientDepartmentId"]!.GetValue<string>().Should().Be("hr", "the client department defaults to the requester's");
    }
}
