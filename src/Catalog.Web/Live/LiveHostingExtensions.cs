using System.Text.Json.Serialization;
using Catalog.Web.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Live;

/// <summary>Wires the live front end: the SignalR hub and the relay that feeds it from the Orleans stream.</summary>
public static class LiveHostingExtensions
{
    /// <summary>
    /// Adds SignalR (JSON with enums as names, as the HTTP API writes them), the stream relay and its readiness check. Needs the Orleans client with the <c>live</c> stream provider.
    /// </summary>
    public static WebApplicationBuilder AddCatalogLive(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = Protection.ProtectionHostingExtensions.MaxHubMessageBytes)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LiveOptions>, LiveOptionsValidator>();
        builder.Services.TryAddSingleton<ILiveBatchSender, HubLiveBatchSender>();
        builder.Services.AddSingleton<LiveCalendars>();
        builder.Services.AddSingleton<LiveReadings>();
        builder.Services.AddSingleton<LiveSnapshots>();
        builder.Services.AddSingleton(_ => new LiveBoardTally());
        builder.Services.AddSingleton<LiveEventRelay>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveEventRelay>());
        builder.Services.AddSingleton<LiveSessions>();
        builder.Services.AddSingleton<LiveSessionGuard>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveSessionGuard>());
        builder.Services.AddSingleton<LiveClusterWatch>();
        builder.Services.AddHostedService(services => services.GetRequiredService<LiveClusterWatch>());
        // The same client builder as the host's UseOrleansClient: a gateway gained or lost is a cluster change.
        builder.UseOrleansClient(client => client.AddGatewayCountChangedHandler(
            services => (_, _) => services.GetRequiredService<LiveClusterWatch>().NoticeGatewaysChanged()));
        builder.Services.AddHealthChecks()
            .AddCheck<LiveRelayHealthCheck>("live-stream", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }

    /// <summary>Maps the live hub at <see cref="LiveHub.Path"/>.</summary>
    public static IEndpointRouteBuilder MapCatalogLive(this IEndpointRouteBuilder endpoints)
    {
        // Signed-in people only: the negotiation answers 401 to anyone else. Which groups they may join is the hub's call.
        // A connection ends with its sign-in; one whose person changed roles is closed by LiveSessionGuard.
        endpoints.MapHub<LiveHub>(LiveHub.Path, o => o.CloseOnAuthenticationExpiration = true).RequireAuthorization();
        return endpoints;
    }
}
