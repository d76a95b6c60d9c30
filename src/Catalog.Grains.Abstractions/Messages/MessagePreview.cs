using Catalog.Domain.Messages;

namespace Catalog.Messages;

/// <summary>A standard message written for one request, in its client's language, ready to be edited and sent.</summary>
/// <param name="RequestId">The request.</param>
/// <param name="Situation">The situation.</param>
/// <param name="Language">The client's language ("fr" or "en"): the requester's preference, French or English.</param>
/// <param name="Text">The message with its placeholders filled.</param>
/// <param name="TemplateVersion">The version of the template used (0: the standard text).</param>
/// <param name="ClientName">Who it goes to.</param>
/// <param name="FollowUpDate">The follow-up date used.</param>
/// <param name="FollowUpLatest">The latest follow-up date allowed (5 business days after receipt, provider's calendar).</param>
/// <param name="DueAt">The due instant used for {dueDate}, or null.</param>
/// <param name="TimeZoneId">The provider's time zone the dates are written in.</param>
[GenerateSerializer, Immutable, Alias("catalog.MessagePreview")]
public sealed record MessagePreview(
    [property: Id(0)] string RequestId,
    [property: Id(1)] MessageSituation Situation,
    [property: Id(2)] string Language,
    [property: Id(3)] string Text,
    [property: Id(4)] int TemplateVersion,
    [property: Id(5)] string ClientName,
    [property: Id(6)] DateOnly FollowUpDate,
    [property: Id(7)] DateOnly FollowUpLatest,
    [property: Id(8)] DateTimeOffset? DueAt,
    [property: Id(9)] string TimeZoneId);
