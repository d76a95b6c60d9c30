using Catalog.Domain.Forecasts;

namespace Catalog.Domain.Tests.Forecasts;

/// <summary>
/// Clocks drawn from a known process: a request takes its service's time plus the wait for the queue ahead
/// (queue / throughput), times a log-normal spread; so the true quantiles and breach chances are known.
/// </summary>
internal static class SyntheticClocks
{
    public const double Throughput = 2; // requests per business hour

    public static readonly Dictionary<string, double> ServiceHours = new(StringComparer.Ordinal) { ["quick"] = 1, ["slow"] = 8 };

    public static readonly Dictionary<string, double> Targets = new(StringComparer.Ordinal) { ["quick"] = 7, ["slow"] = 21 };

    public const double Sigma = 0.5;

    public static List<(string Service, int Queue, double Hours)> Draw(int count, int seed)
    {
        var random = new Random(seed);
        var draws = new List<(string, int, double)>(count);
        for (var i = 0; i < count; i++)
        {
            var service = random.NextDouble() < 0.6 ? "quick" : "slow";
            var queue = random.Next(0, 20);
            var expected = ServiceHours[service] + queue / Throughput;
            draws.Add((service, queue, expected * Math.Exp(Sigma * Gaussian(random) - Sigma * Sigma / 2)));
        }

        return draws;
    }

    public static ForecastModel Learn(int count, int seed) => ForecastModel.Learn(
        Draw(count, seed).Select(d => new ClockSample(d.Service, d.Queue, d.Hours, true, Targets[d.Service])).ToList(), Throughput);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
