using Catalog.Domain.Sla;

namespace Catalog.Domain.Tests.Sla;

public sealed class ClockTargetTests
{
    [Fact]
    public void The_warning_ratio_defaults_to_three_quarters()
    {
        var target = new ClockTarget(TimeSpan.FromHours(4));

        target.WarningRatio.Should().Be(0.75);
        target.AtRiskAfter.Should().Be(TimeSpan.FromHours(3));
    }

    [Fact]
    public void AtRiskAfter_is_rounded_to_whole_seconds()
    {
        new ClockTarget(TimeSpan.FromHours(4), 0.8).AtRiskAfter.Should().Be(new TimeSpan(3, 12, 0));
        new ClockTarget(TimeSpan.FromSeconds(10), 0.33).AtRiskAfter.Should().Be(TimeSpan.FromSeconds(3));
        new ClockTarget(TimeSpan.FromSeconds(10), 0.35).AtRiskAfter.Should().Be(TimeSpan.FromSeconds(4));
        new ClockTarget(TimeSpan.FromMinutes(7) + TimeSpan.FromTicks(1), 0.5).AtRiskAfter.Should().Be(TimeSpan.FromSeconds(210));
    }

    [Fact]
    public void AtRiskAfter_never_exceeds_the_target()
    {
        new ClockTarget(TimeSpan.FromMilliseconds(900), 0.9).AtRiskAfter.Should().Be(TimeSpan.FromMilliseconds(900));
        new ClockTarget(TimeSpan.MaxValue, 0.9999999999999999).AtRiskAfter.Should().BeLessThanOrEqualTo(TimeSpan.MaxValue).And.BePositive();
        new ClockTarget(TimeSpan.Zero).AtRiskAfter.Should().Be(TimeSpan.Zero);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_warning_ratio_outside_zero_to_one_is_rejected(double ratio)
    {
        var act = () => new ClockTarget(TimeSpan.FromHours(1), ratio);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("WarningRatio");
    }

    [Fact]
    public void A_negative_target_is_rejected()
    {
        var act = () => new ClockTarget(TimeSpan.FromMinutes(-1));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BusinessTime");
    }

    [Fact]
    public void Targets_with_the_same_values_are_equal()
    {
        new ClockTarget(TimeSpan.FromHours(7), 0.5).Should().Be(new ClockTarget(TimeSpan.FromHours(7), 0.5));
    }
}
