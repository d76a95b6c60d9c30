using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Grains.Audit;

/// <summary>
/// Checks <see cref="AuditTrailOptions"/> when the silo starts, so a misconfiguration stops start-up with a message
/// naming the setting.
/// </summary>
internal sealed class AuditTrailOptionsValidator(IOptions<AuditTrailOptions> options) : IConfigurationValidator
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

        AzureTableConnectionValidation.Validate(value, Prefix);

        if (value.QueryLookBack < TimeSpan.FromDays(1) || value.QueryLookBack > TimeSpan.FromDays(3660))
        {
            throw new OrleansConfigurationException(Prefix +
                $"{nameof(AuditTrailOptions.QueryLookBack)} must be between 1 and 3660 days, not {value.QueryLookBack}.");
        }
    }
}
