namespace Catalog.Web.Requests;

/// <summary>The body of POST /api/requests; the idempotency key travels in the Idempotency-Key header.</summary>
/// <param name="ServiceId">The catalogue service asked for ("it.laptop-setup").</param>
/// <param name="ClientDepartmentId">The department asking.</param>
/// <param name="Requester">Who asks.</param>
/// <param name="Title">A short title, 1 to 200 characters.</param>
/// <param name="Answers">The service's form, answered: question key → answer (at most 50, each at most 4000 characters).</param>
public sealed record FileRequestBody(
    string? ServiceId,
    string? ClientDepartmentId,
    string? Requester,
    string? Title,
    Dictionary<string, string>? Answers);
