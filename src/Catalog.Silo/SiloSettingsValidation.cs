using System.Net;
using System.Text.RegularExpressions;
using Catalog.Storage.Tables;
using Microsoft.Extensions.Options;

namespace Catalog.Silo;

/// <summary>
/// Checks the silo's settings before anything starts, naming each setting that is wrong, so a typo in a deployment
/// stops the silo at once with a message instead of failing later in Orleans or Azure with a stack trace.
/// </summary>
internal static partial class SiloSettingsValidation
{
    /// <summary>Throws <see cref="OptionsValidationException"/> listing every setting that is wrong.</summary>
    public static void EnsureValid(CatalogSiloOptions silo, CatalogStorageOptions storage, string? connectionString)
    {
        var errors = new List<string>();
        CheckName(errors, "Orleans:ClusterId", silo.ClusterId);
        CheckName(errors, "Orleans:ServiceId", silo.ServiceId);
        CheckPort(errors, "Orleans:SiloPort", silo.SiloPort);
        CheckPort(errors, "Orleans:GatewayPort", silo.GatewayPort);
        if (silo.SiloPort == silo.GatewayPort)
        {
            errors.Add($"Orleans:SiloPort and Orleans:GatewayPort must differ (both are {silo.SiloPort}).");
        }

        if (!IPAddress.TryParse(silo.AdvertisedAddress, out _))
        {
            errors.Add($"Orleans:AdvertisedAddress '{silo.AdvertisedAddress}' is not an IP address.");
        }

        CheckTable(errors, "Storage:GrainStateTable", storage.GrainStateTable);
        CheckTable(errors, "Storage:RequestIndexTable", storage.RequestIndexTable);
        CheckTable(errors, "Storage:RequestFactsTable", storage.RequestFactsTable);
        CheckTable(errors, "Storage:AuditTable", storage.AuditTable);
        CheckTable(errors, "Storage:SurveyTable", storage.SurveyTable);
        CheckTable(errors, "Storage:ClusterTable", storage.ClusterTable);
        CheckTable(errors, "Storage:RemindersTable", storage.RemindersTable);
        CheckConnectionString(errors, connectionString);
        if (errors.Count > 0)
        {
            throw new OptionsValidationException("Catalog.Silo", typeof(CatalogSiloOptions), errors);
        }
    }

    /// <summary>Adds an error when <paramref name="connectionString"/> is not one the Azure Tables client accepts (never quoting it).</summary>
    public static void CheckConnectionString(List<string> errors, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            errors.Add("ConnectionStrings:Tables is empty: set it to the Azure Storage account (UseDevelopmentStorage=true for Azurite).");
            return;
        }

        if (AzureTableConnectionValidation.ConnectionStringProblem(connectionString) is not null)
        {
            // The value usually carries the account key: it stays out of the message.
            errors.Add("ConnectionStrings:Tables is not a valid Azure Storage connection string with a table endpoint.");
        }
    }

    private static void CheckName(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !Name().IsMatch(value))
        {
            errors.Add($"{key} '{value}' must be 1 to 100 letters, digits, '-', '_' or '.'.");
        }
    }

    private static void CheckPort(List<string> errors, string key, int port)
    {
        if (port is < 1 or > 65535)
        {
            errors.Add($"{key} must be a TCP port from 1 to 65535, not {port}.");
        }
    }

    private static void CheckTable(List<string> errors, string key, string? table)
    {
        if (!AzureTableConnectionValidation.IsTableName(table))
        {
            errors.Add($"{key} '{table}' is not a valid table name: use 3 to 63 letters or digits, starting with a letter.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
