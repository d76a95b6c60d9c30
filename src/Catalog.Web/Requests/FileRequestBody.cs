namespace Catalog.Web.Requests;

/// <summary>
/// The body of POST /api/requests; the idempotency key travels in the Idempotency-Key header. The requester is the
/// signed-in person, never taken from the body.
/// </summary>
/// <param name="ServiceId">The catalogue service asked for ("it.laptop-setup").</param>
/// <param name="ClientDepartmentId">The department asking: the signed-in person's, which is also the default.</param>
/// <param name="Title">A short title, 1 to 200 characters.</param>
/// <param name="Answers">The service's form, answered: question key → answer (at most 50, each at most 4000 characters).</param>
public sealed record FileRequestBody(
    string? ServiceId,
    string? ClientDepartmentId,
    string? Title,
    Dictionary<string, string>? Answers);
