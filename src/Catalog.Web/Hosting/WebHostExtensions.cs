using System.Text.Json.Serialization;
using Azure.Data.Tables;
using Catalog.Requests;
using Catalog.Web.Health;
using Catalog.Web.Access;
using Catalog.Web.Complaints;
using Catalog.Web.Live;
using Catalog.Web.Protection;
using Catalog.Web.Surveys;
using Catalog.Web.Telemetry;
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
        // First: the Azure SDK reads its tracing switch once, when the first client is made.
        builder.AddCatalogWebTelemetry();
        var orleans = builder.Configuration.GetSection(OrleansClientOptions.Section).Get<OrleansClientOptions>() ?? new();
        orleans.ClusterTable = builder.Configuration[OrleansClientOptions.ClusterTableKey] ?? orleans.ClusterTable;
        var connectionString = builder.Configuration.GetConnectionString(TablesConnectionName) ?? "UseDevelopmentStorage=true";
        OrleansClientOptionsValidation.EnsureValid(orleans, connectionString);
        var tables = new TableServiceClient(connectionString);
        builder.UseOrleansClient(client =>
        {
            // The gateways are the live silos of the membership table: any number of silos, found as they come and go.
            client.UseAzureStorageClustering(o =>
            {
                o.TableServiceClient = tables;
                o.TableName = orleans.ClusterTable;
            });
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = orleans.ClusterId;
                o.ServiceId = orleans.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = orleans.CallTimeout);
            // A silo that stops shows in the membership table within seconds; refresh the gateway list as often.
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(5));
            client.UseConnectionRetryFilter(new SiloConnectionRetry(orleans.ConnectTimeout).ShouldRetryAsync);
            client.AddDashboard();
            client.AddMemoryStreams(StreamNames.Live);
        });

        builder.Services.AddSingleton(tables);

        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = LocalizedProblems.Apply);
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
        builder.AddCatalogSurveys();
        builder.AddCatalogComplaints();
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
