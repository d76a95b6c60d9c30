namespace Catalog.Domain.Scorecards;

/// <summary>A count under a key (a cause, a department, a service), for breakdowns.</summary>
public sealed record CountByKey(string Key, int Count);
