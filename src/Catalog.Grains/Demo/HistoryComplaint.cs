using Catalog.Domain.Complaints;
using Catalog.Grains.Complaints;

namespace Catalog.Grains.Demo;

/// <summary>A complaint the client filed about a history request, and what its holders did with it.</summary>
internal sealed record HistoryComplaint(DateTimeOffset FiledAt, ComplaintCause Cause, string Text, IReadOnlyList<ComplaintHistoryStep> Steps);
