using Catalog.Silo;
using Catalog.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Functional.Tests.Platform;

/// <summary>Both hosts check their cluster and storage settings before starting, naming each one that is wrong.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void A_silo_with_wrong_settings_refuses_to_start_naming_each_setting_and_never_the_key()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = "AccountName=x;AccountKey=c2VjcmV0LWtleQ==;Nonsense",
            ["Orleans:SiloPort"] = "70000",
            ["Orleans:GatewayPort"] = "0",
            ["Orleans:ClusterId"] = "has spaces",
            ["Orleans:AdvertisedAddress"] = "not-an-ip",
            ["Storage:GrainStateTable"] = "1-bad",
            ["Storage:ClusterTable"] = "ab",
        });

        var start = () => builder.AddCatalogSilo();

        var errors = start.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        string.Join("\n", errors).Should()
            .Contain("Orleans:SiloPort").And.Contain("Orleans:GatewayPort").And.Contain("Orleans:ClusterId")
            .And.Contain("Orleans:AdvertisedAddress").And.Contain("Storage:GrainStateTable").And.Contain("Storage:ClusterTable")
            .And.Contain("ConnectionStrings:Tables").And.NotContain("c2VjcmV0LWtleQ==");
    }

    [Fact]
    public void A_silo_with_the_same_silo_and_gateway_port_refuses_to_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Orleans:SiloPort"] = "30000",
            ["Orleans:GatewayPort"] = "30000",
        });

        var start = () => builder.AddCatalogSilo();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("must differ");
    }

    [Fact]
    public void A_web_tier_with_wrong_cluster_settings_refuses_to_start_naming_each_setting()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Tables"] = "",
            ["Orleans:ServiceId"] = "a/b",
            ["Orleans:CallTimeout"] = "-00:00:01",
            ["Storage:ClusterTable"] = "x",
        });

        var start = () => builder.AddCatalogWeb();

        var message = string.Join("\n", start.Should().Throw<OptionsValidationException>().Which.Failures);
        message.Should().Contain("Orleans:ServiceId").And.Contain("Orleans:CallTimeout")
            .And.Contain("Storage:ClusterTable").And.Contain("ConnectionStrings:Tables");
    }
}
