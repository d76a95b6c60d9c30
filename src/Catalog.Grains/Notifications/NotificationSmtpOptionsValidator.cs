using Microsoft.Extensions.Options;
using MimeKit;

namespace Catalog.Grains.Notifications;

/// <summary>Stops the silo at start naming every bad <see cref="NotificationSmtpOptions"/> setting.</summary>
internal sealed class NotificationSmtpOptionsValidator : IValidateOptions<NotificationSmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationSmtpOptions options)
    {
        var errors = new List<string>();
        if (options.Enabled && string.IsNullOrWhiteSpace(options.Host))
        {
            errors.Add($"{NotificationSmtpOptions.Section}:Host is required when e-mails are enabled.");
        }

        if (options.Port is < 1 or > 65535)
        {
            errors.Add($"{NotificationSmtpOptions.Section}:Port must be between 1 and 65535.");
        }

        if (!MailboxAddress.TryParse(options.From, out _))
        {
            errors.Add($"{NotificationSmtpOptions.Section}:From is not an e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(options.AddressDomain) || options.AddressDomain.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"{NotificationSmtpOptions.Section}:AddressDomain must be a domain such as example.org.");
        }

        if (string.IsNullOrEmpty(options.UserName) != string.IsNullOrEmpty(options.Password))
        {
            errors.Add($"{NotificationSmtpOptions.Section}:UserName and Password go together.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
