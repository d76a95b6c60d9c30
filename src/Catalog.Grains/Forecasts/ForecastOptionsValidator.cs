using Microsoft.Extensions.Options;

namespace Catalog.Grains.Forecasts;

/// <summary>Refuses forecast settings out of range at start, naming the setting.</summary>
internal sealed class ForecastOptionsValidator : IValidateOptions<ForecastOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ForecastOptions options)
    {
        var errors = new List<string>();
        if (options.Threshold is < 0.05 or > 0.99 || double.IsNaN(options.Threshold))
        {
            errors.Add($"{ForecastOptions.Section}:{nameof(ForecastOptions.Threshold)} '{options.Threshold}' must be from 0.05 to 0.99 (e.g. 0.7).");
        }

        if (options.RefreshPeriod < TimeSpan.FromSeconds(1) || options.RefreshPeriod > TimeSpan.FromHours(1))
        {
            errors.Add($"{ForecastOptions.Section}:{nameof(ForecastOptions.RefreshPeriod)} '{options.RefreshPeriod}' must be from 00:00:01 to 01:00:00.");
        }

        if (options.ModelLifetime < TimeSpan.Zero || options.ModelLifetime > TimeSpan.FromDays(1))
        {
            errors.Add($"{ForecastOptions.Section}:{nameof(ForecastOptions.ModelLifetime)} '{options.ModelLifetime}' must be from 00:00:00 to 1.00:00:00.");
        }

        if (options.HistoryDays is < 30 or > 730)
        {
            errors.Add($"{ForecastOptions.Section}:{nameof(ForecastOptions.HistoryDays)} '{options.HistoryDays}' must be from 30 to 730.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
