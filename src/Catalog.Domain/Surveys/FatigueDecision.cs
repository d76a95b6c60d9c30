namespace Catalog.Domain.Surveys;

/// <summary>
/// Whether a person may be offered a survey now: <see cref="Offer"/>, or not, with the survey that was offered
/// too recently and when the next one may be offered.
/// </summary>
/// <param name="Offer">True: offer the survey.</param>
/// <param name="LastOfferedAt">When the person's last survey was offered (null: never).</param>
/// <param name="NextAllowedAt">From when another survey may be offered (null: at once).</param>
public sealed record FatigueDecision(bool Offer, DateTimeOffset? LastOfferedAt, DateTimeOffset? NextAllowedAt);
