using Catalog.Domain.Requests;

namespace Catalog.Web.Requests;

/// <summary>A quote to write: price, currency (CAD when left out), what it covers, the client's language, validity.</summary>
public sealed record QuoteBody(decimal? Amount, string? Currency, string? Covers, string? Language, DateTimeOffset? ValidUntil, string? ChangeReason);

/// <summary>Why the client declines a quote (optional).</summary>
public sealed record QuoteDeclineBody(string? Reason);

/// <summary>An accommodation to ask: waiver, discount or exception, what it costs (CAD when left out), and why.</summary>
public sealed record AccommodationBody(ApprovalSubject? Subject, decimal? Amount, string? Currency, string? Description);

/// <summary>A decision's reason: required to reject.</summary>
public sealed record ApprovalDecisionBody(string? Reason);

/// <summary>Where a request goes: another agent, another department, or both; a reason beyond the first transfer.</summary>
public sealed record TransferBody(string? ToDepartmentId, string? ToAgent, string? Reason);
