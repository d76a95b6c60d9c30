using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// Checks <see cref="RequestIndexOptions"/> when the silo starts, so a misconfiguration stops start-up with a
/// message naming the setting.
/// </summary>
internal sealed class RequestIndexOptionsValidator(IOptions<RequestIndexOptions> options) : IConfigurationValidator
{
    private const string Prefix = "Azure Table request index: ";

    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var value = options.Value;
        var hasConnectionString = !string.IsNullOrWhiteSpace(value.ConnectionString);
        if (hasConnectionString == (value.TableServiceClient is not null))
        {
            throw new OrleansConfigurationException(Prefix +
                $"set exactly one of {nameof(RequestIndexOptions)}.{nameof(RequestIndexOptions.ConnectionString)} and " +
                $"{nameof(RequestIndexOptions)}.{nameof(RequestIndexOptions.TableServiceClient)}.");
        }

        AzureTableConnectionValidation.Validate(value, Prefix);
    }
}
