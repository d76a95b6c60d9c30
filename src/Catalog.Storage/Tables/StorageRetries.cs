using Azure.Core;
using Azure.Data.Tables;

namespace Catalog.Storage.Tables;

/// <summary>
/// How hard the hosts try when Table Storage does not answer. A user waits on every grain write, so a call gives up
/// after a few seconds (and the web tier answers 503 with Retry-After) rather than holding the request for a
/// minute; start-up gives up after about ten seconds, naming the table, instead of the providers' default minutes.
/// </summary>
public static class StorageRetries
{
    /// <summary>How many times an official provider tries to create or open its table at start-up.</summary>
    public const int CreationRetries = 10;

    /// <summary>The pause between those tries.</summary>
    public static readonly TimeSpan PauseBetweenCreationRetries = TimeSpan.FromSeconds(1);

    /// <summary>Client options for every table client of a host: three retries, 0.5 s to 2 s apart, 10 s per attempt.</summary>
    public static TableClientOptions ClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(500);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return options;
    }
}
