using Catalog.Storage.GrainStorage;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Storage;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>What the silo builder extensions put in the container (no silo is started).</summary>
public sealed class RegistrationTests
{
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string ConnectionString = AzuriteServer.ConnectionStringFor(10002);

    [Fact]
    public void AsDefault_registers_the_default_grain_storage_and_its_startup_step()
    {
        using var host = BuildHost(silo => silo.AddAzureTableGrainStorageAsDefault(o => o.ConnectionString = ConnectionString));

        var storage = host.Services.GetRequiredService<IGrainStorage>();

        storage.Should().BeOfType<AzureTableGrainStorage>()
            .And.BeSameAs(host.Services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        host.Services.GetServices<ILifecycleParticipant<ISiloLifecycle>>().Should().Contain((ILifecycleParticipant<ISiloLifecycle>)storage);
    }

    [Fact]
    public void A_named_storage_is_keyed_by_its_name_with_the_documented_defaults_and_the_binary_serializer()
    {
        using var host = BuildHost(silo => silo.AddAzureTableGrainStorage("catalog", o => o.ConnectionString = ConnectionString));

        host.Services.GetRequiredKeyedService<IGrainStorage>("catalog").Should().BeOfType<AzureTableGrainStorage>();
        host.Services.GetKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME).Should().BeNull();
        var options = host.Services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get("catalog");
        options.TableName.Should().Be(AzureTableGrainStorageOptions.DefaultTableName);
        options.DeleteStateOnClear.Should().BeFalse();
        options.GrainStorageSerializer.Should().BeOfType<OrleansGrainStorageSerializer>("state is stored with Orleans' binary serializer unless the caller picks another");
    }

    [Fact]
    public void The_options_builder_overload_configures_the_named_options()
    {
        using var host = BuildHost(silo => silo.AddAzureTableGrainStorage("bound", builder => builder.Configure(o =>
        {
            o.ConnectionString = ConnectionString;
            o.TableName = "BoundTable";
            o.DeleteStateOnClear = true;
        })));

        var options = host.Services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get("bound");

        options.TableName.Should().Be("BoundTable");
        options.DeleteStateOnClear.Should().BeTrue();
    }

    [Fact]
    public void The_options_the_silo_logs_never_show_the_account_key()
    {
        using var host = BuildHost(silo => silo.AddAzureTableGrainStorage("catalog", o => o.ConnectionString = ConnectionString));

        var lines = host.Services.GetServices<IOptionFormatter>()
            .Where(f => f.Name.Contains(nameof(AzureTableGrainStorageOptions), StringComparison.Ordinal))
            .SelectMany(f => f.Format())
            .ToList();

        lines.Should().Contain(line => line.Contains("TableName", StringComparison.Ordinal));
        lines.Should().NotContain(line => line.Contains(AccountKey, StringComparison.Ordinal));
    }

    private static IHost BuildHost(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering();
            configure(silo);
        });
        return builder.Build();
    }
}
