namespace Catalog.Grains.Requests.Monitoring;

/// <summary>
/// A request to check because one of its deadlines passed (see <see cref="DeadlineQueue.TakeDue"/>): which version of
/// its deadlines was due, as of which instant.
/// </summary>
public readonly record struct DueCheck(string RequestId, long Version, DateTimeOffset AsOf);
