using Catalog.Domain.Notifications;

namespace Catalog.Grains.Notifications;

/// <summary>Sends notification e-mails; a failure throws, and the grain keeps the e-mail to try again.</summary>
public interface INotificationMailer
{
    /// <summary>Sends <paramref name="mail"/> to <paramref name="userId"/>'s address.</summary>
    Task SendAsync(string userId, NotificationMail mail, CancellationToken cancellationToken = default);
}
