using Catalog.Storage.Tables;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Checks one named storage's <see cref="AzureTableGrainStorageOptions"/> when the silo starts, so a
/// misconfiguration stops start-up with a message saying which storage and which setting.
/// </summary>
internal sealed class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name)
    : IConfigurationValidator
{
    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var prefix = $"Azure Table grain storage '{name}': ";
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (!hasConnectionString && options.TableServiceClient is null)
        {
            throw new OrleansConfigurationException(prefix +
                $"set {nameof(AzureTableGrainStorageOptions)}.{nameof(AzureTableGrainStorageOptions.ConnectionString)} " +
                $"or {nameof(AzureTableGrainStorageOptions)}.{nameof(AzureTableGrainStorageOptions.TableServiceClient)}.");
        }

        if (hasConnectionString && options.TableServiceClient is not null)
        {
            throw new OrleansConfigurationException(prefix +
                $"set only one of {nameof(AzureTableGrainStorageOptions.ConnectionString)} and " +
                $"{nameof(AzureTableGrainStorageOptions.TableServiceClient)}, not both.");
        }

        AzureTableConnectionValidation.Validate(options, prefix);

        if (options.GrainStorageSerializer is null)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableGrainStorageOptions.GrainStorageSerializer)} is not set and the silo registers " +
                "no default IGrainStorageSerializer.");
        }
    }
}
