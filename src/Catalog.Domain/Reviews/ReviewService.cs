namespace Catalog.Domain.Reviews;

/// <summary>A catalogue entry of the reviewed provider; <paramref name="IsOtherRequest"/> marks its "Other request" entry.</summary>
public sealed record ReviewService(string ServiceId, bool IsOtherRequest);
