using Catalog.Forecasts;
using Catalog.Web.Exports;
using Catalog.Web.Scorecards;

namespace Catalog.Web.Forecasts;

/// <summary>
/// The scorecard's "90 % promised date held" figure in its CSV export (issue 12): the very figure the page's
/// forecast section reads from GET /api/forecasts/promises/{department}, over the same span of days, so the export
/// and the page never disagree.
/// </summary>
internal static class ScorecardPromises
{
    private const int MaxDays = 366;

    /// <summary>
    /// The days the page asks for: from the period's first day (midnight UTC, as the page reads the date) to now,
    /// rounded up, between 1 and 366.
    /// </summary>
    public static int Days(ScorecardView view)
    {
        var from = new DateTimeOffset(view.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return (int)Math.Clamp(Math.Ceiling((view.AsOf - from).TotalDays), 1, MaxDays);
    }

    /// <summary>Reads the provider's promises held over the page's span.</summary>
    public static Task<PromisesHeld> ReadAsync(IGrainFactory grains, ScorecardView view) =>
        grains.GetForecast(view.ProviderDepartmentId).PromisesHeldAsync(Days(view));

    /// <summary>Adds the figure's rows: the days read, the promises recorded, how many and which share held.</summary>
    public static void Write(CsvWriter csv, PromisesHeld held, int days)
    {
        csv.Row("promises", "", "days", days);
        csv.Row("promises", "", "recorded", held.Recorded);
        csv.Row("promises", "", "latestHeld", held.LatestHeld);
        csv.Row("promises", "", "latestHeldShare", held.LatestHeldShare);
    }
}
