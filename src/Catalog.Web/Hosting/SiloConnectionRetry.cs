namespace Catalog.Web.Hosting;

/// <summary>
/// Keeps retrying the first gateway connection for a while: the run script starts the silo and the web
/// tier together, and the silo may not be listening yet.
/// </summary>
internal sealed class SiloConnectionRetry(TimeSpan timeout)
{
    private readonly DateTime giveUpAt = DateTime.UtcNow + timeout;

    public async Task<bool> ShouldRetryAsync(Exception exception, CancellationToken cancellationToken)
    {
        if (DateTime.UtcNow >= giveUpAt)
        {
            return false;
        }

        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        return true;
    }
}
