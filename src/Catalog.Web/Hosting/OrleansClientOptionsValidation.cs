using System.Text.RegularExpressions;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Hosting;

/// <summary>
/// Checks the web tier's cluster and storage settings before anything starts, naming each wrong setting, so a
/// deployment typo stops the process at once instead of surfacing as failed calls.
/// </summary>
internal static partial class OrleansClientOptionsValidation
{
    /// <summary>Throws <see cref="OptionsValidationException"/> listing every setting that is wrong.</summary>
    public static void EnsureValid(OrleansClientOptions options, string? connectionString)
    {
        var errors = new List<string>();
        if (!Name().IsMatch(options.ClusterId ?? string.Empty))
        {
            errors.Add($"Orleans:ClusterId '{options.ClusterId}' must be 1 to 100 letters, digits, '-', '_' or '.'.");
        }

        if (!Name().IsMatch(options.ServiceId ?? string.Empty))
        {
            errors.Add($"Orleans:ServiceId '{options.ServiceId}' must be 1 to 100 letters, digits, '-', '_' or '.'.");
        }

        if (!TableName().IsMatch(options.ClusterTable ?? string.Empty))
        {
            errors.Add($"{OrleansClientOptions.ClusterTableKey} '{options.ClusterTable}' is not a valid table name: use 3 to 63 letters or digits, starting with a letter.");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            errors.Add($"Orleans:ConnectTimeout must be positive, not {options.ConnectTimeout}.");
        }

        if (options.CallTimeout <= TimeSpan.Zero)
        {
            errors.Add($"Orleans:CallTimeout must be positive, not {options.CallTimeout}.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add("ConnectionStrings:Tables is empty: set it to the Azure Storage account (UseDevelopmentStorage=true for Azurite).");
        }
        else
        {
            try
            {
                _ = new TableServiceClient(connectionString);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
            {
                // The value usually carries the account key: it stays out of the message.
                errors.Add("ConnectionStrings:Tables is not a valid Azure Storage connection string with a table endpoint.");
            }
        }

        if (errors.Count > 0)
        {
            throw new OptionsValidationException(OrleansClientOptions.Section, typeof(OrleansClientOptions), errors);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();
}
