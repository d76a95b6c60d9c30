using Catalog.Domain.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalog.Grains.Notifications;

/// <summary>
/// Sends notification e-mails over SMTP with MailKit, one connection per e-mail (they go out a few at a time, at
/// openings). When <see cref="NotificationSmtpOptions.Enabled"/> is off, it only logs that it skipped one.
/// </summary>
internal sealed partial class SmtpNotificationMailer(IOptions<NotificationSmtpOptions> options, ILogger<SmtpNotificationMailer> logger)
    : INotificationMailer
{
    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(string userId, NotificationMail mail, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var to = settings.AddressOf(userId);
        if (!settings.Enabled)
        {
            LogSkipped(logger, to);
            return;
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = mail.Subject;
        message.Headers.Add(HeaderId.ContentLanguage, mail.Language);
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? "", settings.Port,
            settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(logger, to);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification e-mails are off: nothing sent to {Address}")]
    private static partial void LogSkipped(ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification e-mail sent to {Address}")]
    private static partial void LogSent(ILogger logger, string address);
}
