namespace Catalog.Domain.Requests;

/// <summary>Who decides an approval, as the provider department's approval authority placed them.</summary>
/// <param name="UserId">The person deciding.</param>
/// <param name="ForManager">The manager they substitute for; null when they are a manager of the department.</param>
public sealed record ApprovalDecider(string UserId, string? ForManager);
