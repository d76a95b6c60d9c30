namespace Catalog.Web.Requests;

/// <summary>
/// The query string of a queue listing, as sent: <see cref="QueuesApi"/> parses each value itself so a bad one
/// answers 400 naming the parameter.
/// </summary>
public sealed record QueueParameters(string? Status, string? Service, string? AtRisk, string? Breached, string? Counterpart, string? Limit, string? AwaitingApproval = null, string? After = null);
