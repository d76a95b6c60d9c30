using Catalog.Web.Health;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalog.Web.Surveys;

/// <summary>Wires surveys in the web tier: the live relay of offers (with its readiness check) and the hub's per-person addressing.</summary>
public static class SurveysHostingExtensions
{
    /// <summary>Adds the survey offer relay and addresses hub connections by Catalog user id (after AddCatalogLive).</summary>
    public static WebApplicationBuilder AddCatalogSurveys(this WebApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton<IUserIdProvider, CatalogUserIdProvider>());
        builder.Services.AddSingleton<SurveyOfferRelay>();
        builder.Services.AddHostedService(services => services.GetRequiredService<SurveyOfferRelay>());
        builder.Services.AddHealthChecks().AddCheck<SurveyRelayHealthCheck>("survey-stream", tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
