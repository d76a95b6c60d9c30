using Catalog.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Functional.Tests.Surveys;

/// <summary>The survey settings are checked when the silo starts, naming the setting.</summary>
public sealed class SurveySettingsTests
{
    [Theory]
    [InlineData("-1.00:00:00")]
    [InlineData("400.00:00:00")]
    public async Task A_silo_with_an_impossible_survey_interval_refuses_to_start_naming_the_setting(string interval)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Surveys:MinimumInterval"] = interval });
        builder.AddCatalogSilo();
        using var host = builder.Build();

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("Surveys:MinimumInterval");
    }

    [Fact]
    public void A_silo_with_a_bad_survey_table_name_refuses_to_start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:SurveyTable"] = "1-bad" });

        var start = () => builder.AddCatalogSilo();

        start.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("Storage:SurveyTable");
    }
}
