using System.Diagnostics;
using Catalog.Grains.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Catalog.Grains.Tests.Hosting;

public sealed class AcceleratedClockTests
{
    private static readonly DateTimeOffset Origin = new(2030, 1, 7, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void At_speed_60_one_second_of_the_underlying_clock_is_one_minute()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new AcceleratedTimeProvider(real, 60);

        real.Advance(TimeSpan.FromSeconds(1));
        var afterOneSecond = clock.GetUtcNow();
        real.Advance(TimeSpan.FromMinutes(1));

        afterOneSecond.Should().Be(Origin.AddMinutes(1));
        clock.GetUtcNow().Should().Be(Origin.AddMinutes(61));
        clock.Speed.Should().Be(60);
    }

    [Fact]
    public async Task At_speed_60_one_real_second_is_about_one_minute()
    {
        var clock = new AcceleratedTimeProvider(60);
        var stopwatch = Stopwatch.StartNew();

        // Bracket each reading of the clock between two of the stopwatch, so a thread descheduled between the two
        // readings (a busy CI machine) cannot make the clock look slow or fast.
        var beforeStart = stopwatch.Elapsed;
        var start = clock.GetUtcNow();
        var afterStart = stopwatch.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(1));
        var beforeEnd = stopwatch.Elapsed;
        var elapsed = clock.GetUtcNow() - start;
        var afterEnd = stopwatch.Elapsed;

        var shortest = (beforeEnd - afterStart).TotalSeconds * 60;
        var longest = (afterEnd - beforeStart).TotalSeconds * 60;
        elapsed.TotalSeconds.Should().BeInRange(shortest - 0.1, longest + 0.1, "the clock runs exactly 60 times as fast as real time");
    }

    [Fact]
    public void Timers_and_timestamps_run_at_the_underlying_speed()
    {
        var real = new FakeTimeProvider(Origin);
        var clock = new AcceleratedTimeProvider(real, 60);
        var ticks = 0;
        using var timer = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        var start = clock.GetTimestamp();

        real.Advance(TimeSpan.FromSeconds(9));
        var early = ticks;
        real.Advance(TimeSpan.FromSeconds(1));

        early.Should().Be(0);
        ticks.Should().Be(1);
        clock.GetElapsedTime(start).Should().Be(TimeSpan.FromSeconds(10));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(double.NaN)]
    public void A_speed_that_is_not_positive_is_refused(double speed)
    {
        var act = () => new AcceleratedTimeProvider(speed);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_silo_runs_on_the_accelerated_clock_when_Catalog_Clock_Speed_is_set()
    {
        var services = SiloServices(new() { ["Catalog:Clock:Speed"] = "60" });

        services.GetRequiredService<CatalogClock>().Speed.Should().Be(60);
        services.GetRequiredService<TimeProvider>().Should().NotBeOfType<AcceleratedTimeProvider>("Orleans' own timers keep real time");
    }

    [Fact]
    public void The_silo_keeps_the_system_clock_at_speed_1()
    {
        var services = SiloServices(new() { ["Catalog:Clock:Speed"] = "1" });

        services.GetRequiredService<CatalogClock>().Should().BeSameAs(CatalogClock.System);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("fast")]
    [InlineData("1000000")]
    public void A_bad_speed_stops_the_silo_naming_the_setting(string speed)
    {
        var act = () => SiloServices(new() { ["Catalog:Clock:Speed"] = speed });

        act.Should().Throw<OrleansConfigurationException>().WithMessage("*Catalog:Clock:Speed*");
    }

    private static IServiceProvider SiloServices(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering();
            silo.AddCatalogClock(builder.Configuration);
        });
        return builder.Build().Services;
    }
}
