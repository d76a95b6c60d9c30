using Catalog.Domain.Forecasts;

namespace Catalog.Domain.Tests.Forecasts;

public sealed class SurvivalCurveTests
{
    [Fact]
    public void Without_open_clocks_the_quantiles_are_the_empirical_ones()
    {
        var curve = SurvivalCurve.From(Enumerable.Range(1, 10).Select(i => ((double)i, true)));

        curve.Quantile(0.5).Should().Be(5);
        curve.Quantile(0.9).Should().Be(9);
        curve.Quantile(1).Should().Be(10);
        curve.Survival(4.5).Should().BeApproximately(0.6, 1e-9);
    }

    [Fact]
    public void Open_clocks_count_as_lasting_at_least_as_long_as_they_ran()
    {
        // Kaplan–Meier by hand: events at 1 and 3, one still open at 2 (it leaves the risk set, not counted as done).
        var curve = SurvivalCurve.From([(1, true), (2, false), (3, true), (4, true)]);

        curve.Survival(1).Should().BeApproximately(0.75, 1e-9);
        curve.Survival(3).Should().BeApproximately(0.75 * 0.5, 1e-9);
        curve.Survival(4).Should().Be(0);
        // Counting the open one as done at 2 would say half were done by 2.
        curve.Quantile(0.5).Should().Be(3);
    }

    [Fact]
    public void The_conditional_quantile_looks_only_at_those_still_running()
    {
        var curve = SurvivalCurve.From(Enumerable.Range(1, 10).Select(i => ((double)i, true)));

        // Of the four still running after 6 (7, 8, 9, 10), half are done by 8.
        curve.ConditionalQuantile(0.5, 6).Should().Be(8);
        curve.ConditionalQuantile(0.5, 0).Should().Be(curve.Quantile(0.5));
        curve.AtRiskAfter(6).Should().Be(4);
    }

    [Fact]
    public void An_empty_curve_has_no_quantile()
    {
        var curve = SurvivalCurve.From([]);

        curve.Quantile(0.5).Should().BeNull();
        curve.Survival(3).Should().Be(1);
    }
}
