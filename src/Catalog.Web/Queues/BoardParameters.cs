namespace Catalog.Web.Queues;

/// <summary>The query string of the board's figures: <c>days</c> is 7, 30 (default) or all.</summary>
public sealed record BoardParameters(string? Days);
