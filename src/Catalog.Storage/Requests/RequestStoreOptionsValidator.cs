using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Storage.Requests;

/// <summary>Checks <see cref="RequestStoreOptions"/> when the silo starts, naming the setting that is wrong.</summary>
internal sealed class RequestStoreOptionsValidator(IOptionsMonitor<RequestStoreOptions> options, string name) : IConfigurationValidator
{
    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var prefix = $"Request store '{name}': ";
        var value = options.Get(name);
        if (string.IsNullOrWhiteSpace(value.ConnectionString) == (value.TableServiceClient is null))
        {
            throw new OrleansConfigurationException(prefix +
                $"set exactly one of {nameof(RequestStoreOptions)}.{nameof(RequestStoreOptions.ConnectionString)} and " +
                $"{nameof(RequestStoreOptions)}.{nameof(RequestStoreOptions.TableServiceClient)}.");
        }

        AzureTableConnectionValidation.Validate(value, prefix);
        if (value.OfficialTableName is { } official && !AzureTableConnectionValidation.IsTableName(official))
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(RequestStoreOptions.OfficialTableName)} '{official}' is not a valid table name.");
        }

        if (string.Equals(value.OfficialTableName, value.TableName, StringComparison.OrdinalIgnoreCase))
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(RequestStoreOptions.TableName)} must differ from {nameof(RequestStoreOptions.OfficialTableName)} ('{value.TableName}').");
        }

        if (string.IsNullOrWhiteSpace(value.OfficialStateName) || string.IsNullOrWhiteSpace(value.GrainType))
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(RequestStoreOptions.OfficialStateName)} and {nameof(RequestStoreOptions.GrainType)} must be set.");
        }
    }
}
