using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Grains.Surveys;

/// <summary>Checks <see cref="SurveyAnswerStoreOptions"/> when the silo starts, naming the setting that is wrong.</summary>
internal sealed class SurveyAnswerStoreOptionsValidator(IOptions<SurveyAnswerStoreOptions> options) : IConfigurationValidator
{
    private const string Prefix = "Azure Table survey answers: ";

    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.ConnectionString) == (value.TableServiceClient is null))
        {
            throw new OrleansConfigurationException(Prefix +
                $"set exactly one of {nameof(SurveyAnswerStoreOptions)}.{nameof(SurveyAnswerStoreOptions.ConnectionString)} and " +
                $"{nameof(SurveyAnswerStoreOptions)}.{nameof(SurveyAnswerStoreOptions.TableServiceClient)}.");
        }

        AzureTableConnectionValidation.Validate(value, Prefix);
    }
}
