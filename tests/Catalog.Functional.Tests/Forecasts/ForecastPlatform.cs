using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Functional.Tests.Forecasts;

/// <summary>
/// The forecasts' own platform: the demo organisation on a fake clock, with a history the forecast learns from, of a
/// new IT service (acknowledgement within 1 business hour, resolution within 2 business days) filed by hr one at a
/// time (so no queue explains a wait): from Monday 2 November 2026, five requests each resolved the next business
/// day at the same hour (7 business hours: acknowledgement breached), then on Monday 9 November from 09:00 five
/// resolved 10 minutes after filing. The forecast refreshes every second and relearns on every call.
/// </summary>
public sealed class ForecastPlatform : CatalogPlatform, IAsyncLifetime
{
    public static readonly DateTimeOffset HistoryStart = new(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5));

    public ForecastPlatform() => Clock = new FakeTimeProvider(HistoryStart);

    /// <summary>The fake clock.</summary>
    public FakeTimeProvider FakeClock => Clock!;

    /// <summary>The service of the history.</summary>
    public string ServiceId { get; private set; } = "";

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Forecasts:RefreshPeriod"] = "00:00:01",
        ["Forecasts:ModelLifetime"] = "00:00:00",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var manager = await AsAsync(RequestApi.ItManager);
        var requester = await AsAsync(RequestApi.HrRequester);
        var agent = await AsAsync(RequestApi.ItAgent);
        ServiceId = await RequestApi.CreateServiceAsync(manager, ackHours: 1);
        for (var i = 0; i < 5; i++)
        {
            var id = (await RequestApi.FileOkAsync(requester, ServiceId))["id"]!.GetValue<string>();
            FakeClock.Advance(TimeSpan.FromDays(FakeClock.GetUtcNow().AddHours(-5).DayOfWeek == DayOfWeek.Friday ? 3 : 1));
            await RequestApi.ActAsync(agent, id, "resolve", new { });
        }

        for (var i = 0; i < 5; i++)
        {
            var id = (await RequestApi.FileOkAsync(requester, ServiceId))["id"]!.GetValue<string>();
            FakeClock.Advance(TimeSpan.FromMinutes(10));
            await RequestApi.ActAsync(agent, id, "resolve", new { });
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    /// <summary>Moves the clock on to 10:00 in Toronto on the next business day (tests share the clock, which only goes forward).</summary>
    public void MoveToNextMorning()
    {
        var toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");
        var day = TimeZoneInfo.ConvertTime(FakeClock.GetUtcNow(), toronto).Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var ten = day.AddHours(10);
        FakeClock.SetUtcNow(new DateTimeOffset(ten, toronto.GetUtcOffset(ten)));
    }

    /// <summary>Cancels requests a test left open, so the next test's queue holds only its own.</summary>
    public async Task CancelAsync(params string[] ids)
    {
        var requester = await AsAsync(RequestApi.HrRequester);
        foreach (var id in ids)
        {
            await RequestApi.ActAsync(requester, id, "cancel", new { });
        }
    }
}

/// <summary>The forecast tests share one platform (and its history) and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class ForecastCollection : ICollectionFixture<ForecastPlatform>, ICollectionFixture<Browser.BrowserFixture>
{
    public const string Name = "forecasts";
}
