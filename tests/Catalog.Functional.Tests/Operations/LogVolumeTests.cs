namespace Catalog.Functional.Tests.Operations;

/// <summary>Out of the box the hosts log what matters, not every request; configuration turns the detail back on.</summary>
public sealed class LogVolumeTests(DefaultLogLevelsPlatform quiet) : IClassFixture<DefaultLogLevelsPlatform>
{
    [Fact]
    public async Task Five_hundred_requests_log_a_handful_of_lines_at_the_default_levels_and_startup_still_says_where_it_listens()
    {
        var before = quiet.Logs.Lines.Count;

        await LogTraffic.RunAsync(quiet);

        var during = quiet.Logs.Lines.Skip(before).ToList();
        during.Should().HaveCountLessThan(20, "at the default levels neither ASP.NET Core nor Orleans logs per request:\n" + string.Join("\n", during.Take(30)));
        quiet.Logs.Lines.Should().Contain(
            l => l.Category == "Microsoft.Hosting.Lifetime" && l.Message.Contains("Now listening on", StringComparison.Ordinal),
            "the address the web tier listens on is still printed");
    }
}
