namespace Catalog.Complaints;

/// <summary>A department's complaint standard as stored and exchanged: business days to acknowledge and to answer.</summary>
/// <param name="AcknowledgeDays">Business days to acknowledge.</param>
/// <param name="AnswerDays">Business days to answer.</param>
/// <param name="IsDefault">True while the department never set its own.</param>
[GenerateSerializer, Immutable, Alias("catalog.ComplaintStandardSettings")]
public sealed record ComplaintStandardSettings(
    [property: Id(0)] int AcknowledgeDays,
    [property: Id(1)] int AnswerDays,
    [property: Id(2)] bool IsDefault = false);
