using System.Net.Http.Json;
using System.Text.Json;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Live;
using Catalog.Web.Surveys;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>
/// A survey offer travels live to its requester: from the survey grain in the silo over the Orleans stream to the
/// web process, and over SignalR to that person's connections only.
/// </summary>
[Collection(SurveyCollection.Name)]
public sealed class SurveyLiveTests(SurveyPlatform platform)
{
    [Fact]
    public async Task The_requester_receives_the_survey_offer_live_and_no_one_else_does()
    {
        var (userId, requester) = await SurveyScenario.NewRequesterAsync(platform);
        await using var mine = await ConnectAsync(userId);
        await using var colleague = await ConnectAsync("hr.manager");
        await using var provider = await ConnectAsync("it.agent");
        await WaitUntilRelayingAsync();

        var request = await SurveyScenario.ResolvedRequestAsync(platform, requester, title: "Écran cassé");
        var id = request["id"]!.GetValue<string>();
        await SurveyScenario.OfferAsync(platform, request);

        var offer = await mine.Offers.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(15)).Token);
        offer.GetProperty("requestId").GetString().Should().Be(id);
        offer.GetProperty("title").GetString().Should().Be("Écran cassé");
        offer.GetProperty("providerDepartmentId").GetString().Should().Be("it");
        offer.GetProperty("serviceName").GetProperty("fr").GetString().Should().NotBeNullOrEmpty();

        // Anything sent to the others would have arrived with it (one relay, one send per offer).
        await Task.Delay(500);
        colleague.Offers.Reader.TryRead(out _).Should().BeFalse("a survey offer goes to its requester only");
        provider.Offers.Reader.TryRead(out _).Should().BeFalse("a survey offer goes to its requester only");
        (await requester.GetFromJsonAsync<JsonElement>("api/me/surveys")).EnumerateArray().Select(s => s.GetProperty("requestId").GetString())
            .Should().Equal(id);
    }

    private async Task WaitUntilRelayingAsync()
    {
        var relay = platform.WebServices.GetRequiredService<SurveyOfferRelay>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!relay.IsSubscribed)
        {
            DateTime.UtcNow.Should().BeBefore(deadline, "the web tier subscribes to the survey stream at start");
            await Task.Delay(100);
        }
    }

    private async Task<OfferListener> ConnectAsync(string userId)
    {
        var (http, cookies) = await SignedInClients.SignInWithCookiesAsync(platform.BaseAddress, userId);
        http.Dispose();
        var listener = new OfferListener(LiveClient.Build(platform, cookies));
        await listener.Connection.StartAsync();
        return listener;
    }

    private sealed class OfferListener : IAsyncDisposable
    {
        public OfferListener(HubConnection connection)
        {
            Connection = connection;
            Connection.On<JsonElement>(SurveyOfferRelay.ClientMethod, offer => Offers.Writer.TryWrite(offer.Clone()));
        }

        public HubConnection Connection { get; }

        public System.Threading.Channels.Channel<JsonElement> Offers { get; } = System.Threading.Channels.Channel.CreateUnbounded<JsonElement>();

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}
