using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Catalog.Functional.Tests.Requests;

namespace Catalog.Functional.Tests.Forecasts;

/// <summary>
/// The scorecard's CSV carries the "90 % promised date held" figure of its forecast section, equal to what
/// GET /api/forecasts/promises/{department} answers for the span the page asks for, on <see cref="ForecastPlatform"/>'s history.
/// </summary>
[Collection(ForecastCollection.Name)]
public sealed class ForecastScorecardCsvTests(ForecastPlatform platform)
{
    [Theory]
    [InlineData(null)]
    [InlineData(3)]
    public async Task The_scorecard_csv_holds_the_promised_dates_held_figure_of_the_api(int? periodDays)
    {
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var agent = await platform.AsAsync(RequestApi.ItAgent);
        platform.MoveToNextMorning();
        var id = (await RequestApi.FileOkAsync(requester, platform.ServiceId))["id"]!.GetValue<string>();
        platform.FakeClock.Advance(TimeSpan.FromMinutes(10));
        await RequestApi.ActAsync(agent, id, "resolve", new { });

        var query = periodDays is { } back
            ? $"?from={DateOnly.FromDateTime(platform.FakeClock.GetUtcNow().AddHours(-5).AddDays(-back).DateTime):yyyy-MM-dd}"
            : "";
        var view = await requester.GetFromJsonAsync<JsonObject>($"api/scorecards/providers/it{query}");
        var csv = await requester.GetStringAsync($"api/scorecards/providers/it/export{query}");

        // The page asks for the days from the period's first day (read as midnight UTC) to now, rounded up.
        var from = DateOnly.ParseExact(view!["from"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var asOf = view["asOf"]!.GetValue<DateTimeOffset>();
        var days = (int)Math.Clamp(Math.Ceiling((asOf - new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)).TotalDays), 1, 366);
        var api = await requester.GetFromJsonAsync<JsonObject>($"api/forecasts/promises/it?days={days}");

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Where(cells => cells[0] == "promises")
            .ToDictionary(cells => cells[2], cells => cells[3]);
        rows["days"].Should().Be(days.ToString(CultureInfo.InvariantCulture));
        var recorded = api!["recorded"]!.GetValue<int>();
        recorded.Should().BeGreaterThan(0, "the request just resolved had its promise recorded at filing");
        rows["recorded"].Should().Be(recorded.ToString(CultureInfo.InvariantCulture));
        rows["latestHeld"].Should().Be(api["latestHeld"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        double.Parse(rows["latestHeldShare"], CultureInfo.InvariantCulture)
            .Should().Be(api["latestHeldShare"]!.GetValue<double>())
            .And.Be((double)api["latestHeld"]!.GetValue<int>() / recorded, "the page shows latestHeld / recorded");
    }
}
