using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Grains.Audit;

/// <summary>
/// Checks <see cref="AuditTrailOptions"/> when the silo starts, so a misconfiguration stops start-up with a message
/// naming the setting.
/// </summary>
internal sealed partial class AuditTrailOptionsValidator(IOptions<AuditTrailOptions> options) : IConfigurationValidator
{
    private const string Prefix = "Azure Table audit trail: ";

    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var value = options.Value;
        var hasConnectionString = !string.IsNullOrWhiteSpace(value.ConnectionString);
        if (hasConnectionString == (value.TableServiceClient is not null))
        {
            throw new OrleansConfigurationException(Prefix +
                $"set exactly one of {nameof(AuditTrailOptions)}.{nameof(AuditTrailOptions.ConnectionString)} and " +
                $"{nameof(AuditTrailOptions)}.{nameof(AuditTrailOptions.TableServiceClient)}.");
        }

        if (value.ClientOptions is null)
        {
            throw new OrleansConfigurationException(Prefix + $"{nameof(AuditTrailOptions.ClientOptions)} must not be null.");
        }

        if (hasConnectionString)
        {
            try
            {
                _ = new TableServiceClient(value.ConnectionString, value.ClientOptions);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The connection string itself stays out of the message: it usually carries the account key.
                throw new OrleansConfigurationException(Prefix +
                    $"{nameof(AuditTrailOptions.ConnectionString)} is not a valid Azure Storage connection string " +
                    "with a table endpoint.", ex);
            }
        }

        if (value.TableName is null || !TableNamePattern().IsMatch(value.TableName))
        {
            throw new OrleansConfigurationException(Prefix +
                $"{nameof(AuditTrailOptions.TableName)} '{value.TableName}' is not a valid table name: " +
                "use 3 to 63 letters or digits, starting with a letter.");
        }

        if (value.InitializationTimeout <= TimeSpan.Zero)
        {
            throw new OrleansConfigurationException(Prefix +
                $"{nameof(AuditTrailOptions.InitializationTimeout)} must be positive, not {value.InitializationTimeout}.");
        }

        if (value.QueryLookBack < TimeSpan.FromDays(1) || value.QueryLookBack > TimeSpan.FromDays(3660))
        {
            throw new OrleansConfigurationException(Prefix +
                $"{nameof(AuditTrailOptions.QueryLookBack)} must be between 1 and 3660 days, not {value.QueryLookBack}.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableNamePattern();
}
