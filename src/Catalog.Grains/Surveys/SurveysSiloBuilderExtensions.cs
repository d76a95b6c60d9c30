using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Catalog.Grains.Surveys;

/// <summary>Wires satisfaction surveys in a silo: their settings, the offer publisher, and where answers are stored.</summary>
public static class SurveysSiloBuilderExtensions
{
    /// <summary>
    /// Binds <see cref="SurveyOptions"/> (checked at start), adds the publisher of offers, and keeps answers in memory
    /// unless a store is registered (<see cref="AddAzureTableSurveyAnswers"/> for hosts).
    /// </summary>
    public static ISiloBuilder AddSurveys(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<SurveyOptions>().Bind(configuration.GetSection(SurveyOptions.Section)).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SurveyOptions>, SurveyOptionsValidator>());
        silo.Services.TryAddSingleton<SurveyEventPublisher>();
        silo.Services.TryAddSingleton<InMemorySurveyAnswerStore>();
        silo.Services.TryAddSingleton<ISurveyAnswerStore>(sp => sp.GetRequiredService<InMemorySurveyAnswerStore>());
        return silo;
    }

    /// <summary>Keeps survey answers in an Azure table (created on silo start), configured by <paramref name="configure"/>.</summary>
    public static ISiloBuilder AddAzureTableSurveyAnswers(this ISiloBuilder silo, Action<SurveyAnswerStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configure);
        var services = silo.Services;
        services.AddOptions<SurveyAnswerStoreOptions>().Configure(configure);
        services.RemoveAll<ISurveyAnswerStore>();
        services.AddSingleton<ISurveyAnswerStore>(sp => sp.GetRequiredService<AzureTableSurveyAnswerStore>());
        if (services.Any(d => d.ServiceType == typeof(AzureTableSurveyAnswerStore)))
        {
            return silo;
        }

        services.AddSingleton<AzureTableSurveyAnswerStore>();
        services.AddTransient<IConfigurationValidator, SurveyAnswerStoreOptionsValidator>();
        services.ConfigureFormatter<SurveyAnswerStoreOptions>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<AzureTableSurveyAnswerStore>());
        return silo;
    }
}
