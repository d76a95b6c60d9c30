using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Storage.GrainStorage;

/// <summary>
/// Checks one named storage's <see cref="AzureTableGrainStorageOptions"/> when the silo starts, so a
/// misconfiguration stops start-up with a message saying which storage and which setting.
/// </summary>
internal sealed partial class AzureTableGrainStorageOptionsValidator(AzureTableGrainStorageOptions options, string name)
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

        if (hasConnectionString)
        {
            try
            {
                _ = new TableServiceClient(options.ConnectionString, options.ClientOptions);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The connection string itself stays out of the message: it usually carries the account key.
                throw new OrleansConfigurationException(prefix +
                    $"{nameof(AzureTableGrainStorageOptions.ConnectionString)} is not a valid Azure Storage connection " +
                    "string with a table endpoint.", ex);
            }
        }

        if (options.TableName is null || !TableNamePattern().IsMatch(options.TableName))
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableGrainStorageOptions.TableName)} '{options.TableName}' is not a valid table name: " +
                "use 3 to 63 letters or digits, starting with a letter.");
        }

        if (options.InitializationTimeout <= TimeSpan.Zero)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableGrainStorageOptions.InitializationTimeout)} must be positive, " +
                $"not {options.InitializationTimeout}.");
        }

        if (options.ClientOptions is null)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableGrainStorageOptions.ClientOptions)} must not be null.");
        }

        if (options.GrainStorageSerializer is null)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableGrainStorageOptions.GrainStorageSerializer)} is not set and the silo registers " +
                "no default IGrainStorageSerializer.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
