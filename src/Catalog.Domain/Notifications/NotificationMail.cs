namespace Catalog.Domain.Notifications;

/// <summary>One e-mail as written for its recipient: a single notification, or a digest of several.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Language">"fr" or "en".</param>
public sealed record NotificationMail(string Subject, string Body, string Language);
