namespace Catalog.Grains.Notifications;

/// <summary>
/// Where notification e-mails go out (section <see cref="Section"/>). Off by default: the in-app inbox works without
/// it, and e-mails are then only logged as skipped.
/// </summary>
public sealed class NotificationSmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Notifications:Smtp";

    /// <summary>Whether e-mails are sent at all (default false).</summary>
    public bool Enabled { get; set; }

    /// <summary>The SMTP server's host name (required when enabled).</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP server's port (default 25).</summary>
    public int Port { get; set; } = 25;

    /// <summary>Upgrade the connection with STARTTLS (default false: a relay inside the organisation).</summary>
    public bool StartTls { get; set; }

    /// <summary>The sender address (default catalog@catalog.local).</summary>
    public string From { get; set; } = "catalog@catalog.local";

    /// <summary>The user name to authenticate with, if the server asks (and <see cref="Password"/>).</summary>
    public string? UserName { get; set; }

    /// <summary>The password for <see cref="UserName"/>.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// The domain added to user ids that are not e-mail addresses ("it.agent" becomes it.agent@example.org); ids that
    /// are addresses are used as they are. Default catalog.local.
    /// </summary>
    public string AddressDomain { get; set; } = "catalog.local";

    /// <summary>The address notifications for <paramref name="userId"/> go to.</summary>
    public string AddressOf(string userId) => userId.Contains('@', StringComparison.Ordinal) ? userId : userId + "@" + AddressDomain;
}
