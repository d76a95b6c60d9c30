using Catalog.Domain.Notifications;

namespace Catalog.Grains.Notifications;

/// <summary>Sends notification e-mails; a failure throws, and the grain keeps the e-mail to try again.</summary>
public interface INotificationMailer
{
    /// <summary>
    /// Whether e-mails really go out. When false the grain marks what is due as e-mailed without storing first: with
    /// nothing sent, nothing can be sent twice, so it needs no write of its own.
    /// </summary>
    bool Enabled => true;

    /// <summary>Sends <paramref name="mail"/> to <paramref name="userId"/>'s address.</summary>
    Task SendAsync(string userId, NotificationMail mail, CancellationToken cancellationToken = default);
}
