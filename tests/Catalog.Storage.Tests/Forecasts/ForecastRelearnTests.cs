extern alias abstractions;
using abstractions::Catalog.Forecasts;
using Catalog.Storage.Tests.Notifications;
using Xunit.Abstractions;

namespace Catalog.Storage.Tests.Forecasts;

/// <summary>
/// The forecast learns from the stored facts once per model lifetime, never because requests were filed since: a
/// filing's promise needs only the open count, and a request the model never saw is forecast from its live summary.
/// </summary>
public sealed class ForecastRelearnTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Many_filings_in_a_row_read_the_stored_facts_no_more_than_once_per_model_lifetime()
    {
        await using var platform = await StartAsync();
        var parties = await platform.PartiesAsync(agents: 1);
        await platform.FileAsync(parties.Client, parties.ServiceId); // the first promise learns the model
        var factsTable = platform.Prefix + "facts";
        var reads = platform.Wire.Reads(factsTable);
        reads.Should().BeGreaterThan(0, "the model learnt from the stored facts at the first filing");

        for (var i = 0; i < 30; i++)
        {
            var view = await platform.FileAsync(parties.Client, parties.ServiceId);
            (await platform.Grains.GetForecast(parties.Provider).RequestAsync(view.Id)).Should().NotBeNull("it is open in the queue");
        }

        var queue = await platform.Grains.GetForecast(parties.Provider).QueueAsync();
        output.WriteLine($"{platform.Wire.Reads(factsTable) - reads} facts reads for 30 filings and 31 forecasts within the model's lifetime");
        queue.Items.Should().HaveCount(31);
        platform.Wire.Reads(factsTable).Should().Be(reads, "requests missing from the learnt history are forecast from their live summaries");
    }

    [Fact]
    public async Task A_request_filed_after_the_model_learnt_gets_a_breach_probability_from_its_live_summary()
    {
        await using var platform = await StartAsync();
        var parties = await platform.PartiesAsync(agents: 1);
        var earlier = await platform.FileAsync(parties.Client, parties.ServiceId);
        var forecasts = platform.Grains.GetForecast(parties.Provider);
        (await forecasts.RequestAsync(earlier.Id))!.BreachProbability.Should().NotBeNull();
        var reads = platform.Wire.Reads(platform.Prefix + "facts");

        var later = await platform.FileAsync(parties.Client, parties.ServiceId);
        var forecast = await forecasts.RequestAsync(later.Id);

        forecast.Should().NotBeNull();
        forecast!.Clock.Should().Be(Catalog.Catalogue.ClockKind.Acknowledgement, "its running acknowledgement clock is due first");
        forecast.BreachProbability.Should().NotBeNull().And.BeInRange(0, 1);
        forecast.QueueAhead.Should().Be(1, "the earlier request is open ahead of it");
        platform.Wire.Reads(platform.Prefix + "facts").Should().Be(reads, "the model was not learnt again for it");
    }

    private static async Task<NotificationsCluster> StartAsync()
    {
        var cluster = new NotificationsCluster();
        await cluster.InitializeAsync();
        return cluster;
    }
}
