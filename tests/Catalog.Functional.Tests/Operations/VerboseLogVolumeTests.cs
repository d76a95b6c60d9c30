namespace Catalog.Functional.Tests.Operations;

/// <summary>The same traffic with <c>Logging:LogLevel:Default=Information</c>: the configuration wins over the defaults.</summary>
public sealed class VerboseLogVolumeTests(InformationLogLevelPlatform verbose) : IClassFixture<InformationLogLevelPlatform>
{
    [Fact]
    public async Task With_the_default_level_set_to_information_the_same_traffic_logs_at_least_a_line_per_request()
    {
        var before = verbose.Logs.Lines.Count;

        await LogTraffic.RunAsync(verbose);

        var during = verbose.Logs.Lines.Skip(before).ToList();
        during.Should().HaveCountGreaterThan(LogTraffic.Requests, "ASP.NET Core logs each request at Information");
        during.Should().Contain(l => l.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
