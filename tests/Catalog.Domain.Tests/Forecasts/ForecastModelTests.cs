using Catalog.Domain.Forecasts;

namespace Catalog.Domain.Tests.Forecasts;

public sealed class ForecastModelTests
{
    [Fact]
    public void Its_90_percent_turnaround_covers_nine_requests_in_ten_of_fresh_ones()
    {
        var model = SyntheticClocks.Learn(2000, seed: 1);
        var fresh = SyntheticClocks.Draw(5000, seed: 2);

        var latest = fresh.Count(d => d.Hours <= model.Turnaround(0.9, d.Service, d.Queue)) / (double)fresh.Count;
        var likely = fresh.Count(d => d.Hours <= model.Turnaround(0.5, d.Service, d.Queue)) / (double)fresh.Count;

        latest.Should().BeInRange(0.87, 0.93);
        likely.Should().BeInRange(0.45, 0.55);
    }

    [Fact]
    public void Work_ahead_in_the_queue_pushes_the_promise_later()
    {
        var model = SyntheticClocks.Learn(2000, seed: 3);

        model.Turnaround(0.9, "quick", 10).Should().BeGreaterThan(model.Turnaround(0.9, "quick", 0)!.Value + 4);
        model.Turnaround(0.5, "slow", 0).Should().BeGreaterThan(model.Turnaround(0.5, "quick", 0)!.Value);
    }

    [Fact]
    public void Breach_probabilities_are_calibrated_on_requests_still_running()
    {
        var model = SyntheticClocks.Learn(3000, seed: 4);
        var fresh = SyntheticClocks.Draw(6000, seed: 5);
        var bins = new (double Sum, int Count, int Breached)[5];
        foreach (var (service, queue, hours) in fresh)
        {
            var target = SyntheticClocks.Targets[service];
            foreach (var share in new[] { 0.2, 0.5, 0.8 })
            {
                var elapsed = share * target;
                if (hours <= elapsed)
                {
                    continue; // done before this moment: nothing to forecast
                }

                var p = model.BreachProbability(service, queue, elapsed, target);
                var bin = Math.Min(4, (int)(p * 5));
                bins[bin] = (bins[bin].Sum + p, bins[bin].Count + 1, bins[bin].Breached + (hours > target ? 1 : 0));
            }
        }

        foreach (var (sum, count, breached) in bins.Where(b => b.Count >= 200))
        {
            (breached / (double)count).Should().BeApproximately(sum / count, 0.06);
        }
    }

    [Fact]
    public void A_clock_past_its_target_is_certain_and_a_longer_run_is_likelier_to_breach()
    {
        var model = SyntheticClocks.Learn(2000, seed: 6);

        model.BreachProbability("quick", 4, 8, 7).Should().Be(1);
        model.BreachProbability("quick", 4, 5, 7).Should().BeGreaterThan(model.BreachProbability("quick", 4, 1, 7));
    }

    [Fact]
    public void It_beats_the_base_rate_and_the_share_of_target_rule()
    {
        var model = SyntheticClocks.Learn(3000, seed: 7);
        BrierScore forecast = new(), baseRate = new(), share = new();
        foreach (var (service, queue, hours) in SyntheticClocks.Draw(4000, seed: 8))
        {
            var target = SyntheticClocks.Targets[service];
            foreach (var elapsed in new[] { 0.1, 0.4, 0.7 }.Select(s => s * target).Where(e => hours > e))
            {
                forecast.Add(model.BreachProbability(service, queue, elapsed, target), hours > target);
                baseRate.Add(model.BaseRate, hours > target);
                share.Add(BrierScore.ShareOfTarget(elapsed, target), hours > target);
            }
        }

        forecast.Value.Should().BeLessThan(baseRate.Value!.Value).And.BeLessThan(share.Value!.Value);
    }

    [Fact]
    public void Without_enough_history_it_promises_nothing_and_falls_back_to_the_base_rate()
    {
        var model = ForecastModel.Learn([new ClockSample("quick", 0, 9, true, 7), new ClockSample("quick", 0, 2, true, 7)], 1);

        model.IsUsable.Should().BeFalse();
        model.Turnaround(0.9, "quick", 0).Should().BeNull();
        model.BreachProbability("quick", 0, 1, 7).Should().Be(0.5);
    }

    [Fact]
    public void A_promise_for_a_running_request_never_lies_behind_what_already_elapsed()
    {
        var model = SyntheticClocks.Learn(1000, seed: 9);

        model.Turnaround(0.5, "quick", 0, 30).Should().BeGreaterThanOrEqualTo(30);
        model.Turnaround(0.9, "quick", 0, 2).Should().BeGreaterThanOrEqualTo(model.Turnaround(0.9, "quick", 0)!.Value);
    }
}
