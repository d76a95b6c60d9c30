using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Catalog.Requests;
using Catalog.Web.Health;
using Catalog.Web.Access;
using Catalog.Web.Live;
using Catalog.Web.Protection;
using Catalog.Web.Problems;
using Orleans.Configuration;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace Catalog.Web.Hosting;

/// <summary>Wires the web tier: the Orleans client, the API, problem details, health, docs and pages.</summary>
public static class WebHostExtensions
{
    /// <summary>The connection string name for Azure Table Storage (Azurite locally).</summary>
    public const string TablesConnectionName = "Tables";

    /// <summary>Registers the web tier's services.</summary>
    public static WebApplicationBuilder AddCatalogWeb(this WebApplicationBuilder builder)
    {
        var orleans = builder.Configuration.GetSection(OrleansClientOptions.Section).Get<OrleansClientOptions>() ?? new();
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering(orleans.GatewayPort, orleans.ServiceId, orleans.ClusterId);
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            client.UseConnectionRetryFilter(new SiloConnectionRetry(orleans.ConnectTimeout).ShouldRetryAsync);
            client.AddDashboard();
            client.AddMemoryStreams(StreamNames.Live);
        });

        var tables = builder.Configuration.GetConnectionString(TablesConnectionName) ?? "UseDevelopmentStorage=true";
        builder.Services.AddSingleton(new TableServiceClient(tables));

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<CatalogExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "Catalog API";
                document.Info.Description =
                    "The internal-service catalogue, requests and service-level agreements between departments. " +
                    "Errors are RFC 7807 problem details.";
                return Task.CompletedTask;
            });
            o.AddDocumentTransformer<AntiforgeryOpenApiTransformer>();
        });
        builder.Services.AddHealthChecks()
            .AddCheck<SiloHealthCheck>("silo", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<TableStorageHealthCheck>("table-storage", tags: [HealthEndpoints.ReadyTag]);
        builder.AddCatalogLive();
        builder.AddCatalogAccess();
        builder.AddCatalogProtection();
        builder.AddCatalogProxies();
        return builder;
    }

    /// <summary>Maps the middleware and every endpoint.</summary>
    public static WebApplication MapCatalogWeb(this WebApplication app)
    {
        app.UseCatalogProxies();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCatalogSecurityHeaders();
        // Who it is comes before the pages, so a page asked for by nobody signed in leads to the sign-in page.
        app.UseCatalogAuthentication();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseCatalogAuthorization();

        app.MapOpenApi();
        // Intranets are offline and what is sent through the page is internal: no fonts from a CDN, no telemetry, no AI
        // chat or deploy buttons calling out; the anti-forgery field is the one offered for authentication.
        app.MapScalarApiReference("/api-docs", o => o
            .WithTitle("Catalog API")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .HideDeveloperTools()
            .AddPreferredSecuritySchemes(AntiforgeryOpenApiTransformer.SchemeName));
        app.MapHealthEndpoints();
        // The dashboard is for operators, shows every grain and may reset statistics: catalogue administrators only.
        app.MapOrleansDashboard("/dashboard").ExcludeFromDescription().RequireAuthorization(AccessPolicies.CatalogueAdministrator);
        app.MapSignIn();
        app.MapCatalogApis();
        app.MapCatalogLive();
        return app;
    }
}
