using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Grains.Scorecards;

/// <summary>Checks <see cref="RequestFactsOptions"/> when the silo starts, naming the setting that is wrong.</summary>
internal sealed class RequestFactsOptionsValidator(IOptions<RequestFactsOptions> options) : IConfigurationValidator
{
    private const string Prefix = "Azure Table facts store: ";

    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var value = options.Value;
        if (string.IsNullOrWhiteSpace(value.ConnectionString) == (value.TableServiceClient is null))
        {
            throw new OrleansConfigurationException(Prefix +
                $"set exactly one of {nameof(RequestFactsOptions)}.{nameof(RequestFactsOptions.ConnectionString)} and " +
                $"{nameof(RequestFactsOptions)}.{nameof(RequestFactsOptions.TableServiceClient)}.");
        }

        AzureTableConnectionValidation.Validate(value, Prefix);
    }
}
