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
    [InlineData("2026-11-02")]
    public async Task The_scorecard_csv_holds_the_promised_dates_held_figure_of_the_api(string? periodFrom)
    {
        // Reads only: the other forecast tests rely on the platform's history as it is.
        var requester = await platform.AsAsync(RequestApi.HrRequester);
        var query = periodFrom is null ? "" : $"?from={periodFrom}";
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
        recorded.Should().BeGreaterThan(0, "the history's later requests had a promise recorded at filing");
        rows["recorded"].Should().Be(recorded.ToString(CultureInfo.InvariantCulture));
        rows["latestHeld"].Should().Be(api["latestHeld"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture));
        double.Parse(rows["latestHeldShare"], CultureInfo.InvariantCulture)
            .Should().Be(api["latestHeldShare"]!.GetValue<double>())
            .And.Be((double)api["latestHeld"]!.GetValue<int>() / recorded, "the page shows latestHeld / recorded");
    }
}
