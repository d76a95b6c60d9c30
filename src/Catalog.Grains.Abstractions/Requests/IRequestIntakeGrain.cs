namespace Catalog.Requests;

/// <summary>
/// Files requests (key = "{clientDepartment}/{idempotencyKey}"; one activation per key, so a retried filing with
/// the same key returns the first request instead of creating another).
/// </summary>
public interface IRequestIntakeGrain : IGrainWithStringKey
{
    /// <summary>
    /// Validates (service exists and is not retired, client department exists and may request it, title and
    /// answers present), resolves the clocks, numbers and files the request. 400/404 as Catalog exceptions; nothing
    /// is half-filed.
    /// </summary>
    Task<RequestView> FileAsync(FileRequest request);
}
