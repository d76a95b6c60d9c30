using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Orleans.Runtime;

namespace Catalog.Storage.Tables;

/// <summary>
/// The checks every <see cref="AzureTableConnectionOptions"/> gets when the silo starts, after its validator has
/// checked that exactly one of the connection string and the client is set.
/// </summary>
public static partial class AzureTableConnectionValidation
{
    /// <summary>
    /// Throws an <see cref="OrleansConfigurationException"/> starting with <paramref name="prefix"/> and naming the
    /// setting when the client options are missing, the connection string is malformed (never quoting it), the
    /// table name breaks Azure's rules or the initialization timeout is not positive.
    /// </summary>
    public static void Validate(AzureTableConnectionOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ClientOptions is null)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableConnectionOptions.ClientOptions)} must not be null.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString) && ConnectionStringProblem(options.ConnectionString) is { } problem)
        {
            // The connection string itself stays out of the message: it usually carries the account key.
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableConnectionOptions.ConnectionString)} is not a valid Azure Storage connection " +
                "string with a table endpoint.", problem);
        }

        if (!IsTableName(options.TableName))
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableConnectionOptions.TableName)} '{options.TableName}' is not a valid table name: " +
                "use 3 to 63 letters or digits, starting with a letter.");
        }

        if (options.InitializationTimeout <= TimeSpan.Zero)
        {
            throw new OrleansConfigurationException(prefix +
                $"{nameof(AzureTableConnectionOptions.InitializationTimeout)} must be positive, " +
                $"not {options.InitializationTimeout}.");
        }
    }

    /// <summary>Azure's rule for table names: 3 to 63 letters or digits, starting with a letter.</summary>
    public static bool IsTableName(string? name) => name is not null && TableNamePattern().IsMatch(name);

    /// <summary>Why the Azure Tables client refuses <paramref name="connectionString"/>, or null when it takes it.</summary>
    public static Exception? ConnectionStringProblem(string connectionString)
    {
        try
        {
            _ = new TableServiceClient(connectionString);
            return null;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return ex;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
