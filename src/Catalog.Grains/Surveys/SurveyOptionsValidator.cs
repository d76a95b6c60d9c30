using Catalog.Domain.Surveys;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Surveys;

/// <summary>Refuses a negative or over-long <see cref="SurveyOptions.MinimumInterval"/> at start, naming the setting.</summary>
internal sealed class SurveyOptionsValidator : IValidateOptions<SurveyOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SurveyOptions options) =>
        options.MinimumInterval < TimeSpan.Zero || options.MinimumInterval > SurveyFatigue.MaximumInterval
            ? ValidateOptionsResult.Fail(
                $"{SurveyOptions.Section}:{nameof(SurveyOptions.MinimumInterval)} '{options.MinimumInterval}' must be from 00:00:00 to {SurveyFatigue.MaximumInterval.TotalDays:0} days (e.g. 7.00:00:00 for a week).")
            : ValidateOptionsResult.Success;
}
