namespace Catalog.Domain.Forecasts;

/// <summary>What a <see cref="Backtest"/> measured.</summary>
/// <param name="Requests">Requests replayed.</param>
/// <param name="Promised">Requests that got a promise when filed (the first ones have no history to learn from).</param>
/// <param name="LatestHeld">Of those resolved, done by their 90 % date.</param>
/// <param name="LikelyHeld">Of those resolved, done by their 50 % date.</param>
/// <param name="PromisesSettled">Promised requests resolved (whose promise can be judged).</param>
/// <param name="Forecast">Brier score of the breach forecast.</param>
/// <param name="BaseRate">Brier score of the provider's base breach rate on the same moments.</param>
/// <param name="ShareOfTarget">Brier score of the share-of-target rule on the same moments.</param>
/// <param name="Breaches">Scored moments whose request went on to breach.</param>
public sealed record BacktestFigures(
    int Requests, int Promised, int PromisesSettled, int LatestHeld, int LikelyHeld,
    BrierScore Forecast, BrierScore BaseRate, BrierScore ShareOfTarget, int Breaches)
{
    /// <summary>Share of settled promises done by their 90 % date; null without any.</summary>
    public double? LatestCoverage => PromisesSettled == 0 ? null : (double)LatestHeld / PromisesSettled;

    /// <summary>Share of settled promises done by their 50 % date; null without any.</summary>
    public double? LikelyCoverage => PromisesSettled == 0 ? null : (double)LikelyHeld / PromisesSettled;
}
