using Catalog.Domain.Complaints;

namespace Catalog.Web.Complaints;

/// <summary>The body of POST /api/complaints (a service) and POST /api/requests/{id}/complaints (serviceId left out).</summary>
/// <param name="ServiceId">The service complained about (complaints about a service only).</param>
/// <param name="Cause">The cause, one of <see cref="ComplaintCause"/>.</param>
/// <param name="Text">What went wrong.</param>
public sealed record FileComplaintBody(string? ServiceId, ComplaintCause? Cause, string? Text);

/// <summary>The body of POST /api/complaints/{id}/{acknowledge,answer,resolve}.</summary>
/// <param name="Text">The answer (answer) or the resolution's text (resolve).</param>
/// <param name="Kind">How it was resolved (resolve).</param>
public sealed record ComplaintActionBody(string? Text, ResolutionKind? Kind);

/// <summary>The body of PUT /api/complaints/standards/{departmentId}.</summary>
/// <param name="AcknowledgeDays">Business days to acknowledge.</param>
/// <param name="AnswerDays">Business days to answer.</param>
public sealed record ComplaintStandardBody(int? AcknowledgeDays, int? AnswerDays);

/// <summary>The body of PUT /api/complaints/roles/officers/{userId}.</summary>
/// <param name="Officer">Whether the person is a complaints officer.</param>
public sealed record ComplaintOfficerBody(bool? Officer);

/// <summary>The body of PUT /api/complaints/roles/heads/{departmentId}.</summary>
/// <param name="UserId">The head, a person of the department; null or empty for none.</param>
public sealed record ComplaintHeadBody(string? UserId);
