using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Notifications;

/// <summary>Wires notifications in a silo: the SMTP settings (checked at start) and the mailer.</summary>
public static class NotificationsSiloBuilderExtensions
{
    /// <summary>
    /// Binds <see cref="NotificationSmtpOptions"/> from <see cref="NotificationSmtpOptions.Section"/> (off unless
    /// configured) and <see cref="NotificationOptions"/> from <see cref="NotificationOptions.Section"/>, both checked
    /// at start, and adds the SMTP mailer unless a host or test registered another <see cref="INotificationMailer"/>.
    /// </summary>
    public static ISiloBuilder AddNotifications(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<NotificationSmtpOptions>().Bind(configuration.GetSection(NotificationSmtpOptions.Section)).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationSmtpOptions>, NotificationSmtpOptionsValidator>());
        silo.Services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section)).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotificationOptions>, NotificationOptionsValidator>());
        silo.Services.TryAddSingleton<INotificationMailer, SmtpNotificationMailer>();
        return silo;
    }
}
