namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// What a monitor does when a request's deadline passes: ask the request to re-evaluate its clocks. A seam, so the
/// monitor's timing can be tested without request grains.
/// </summary>
public interface IRequestDeadlineChecker
{
    /// <summary>Has the request record whatever came due; throws when it could not (the monitor retries).</summary>
    Task CheckAsync(string requestId);
}
