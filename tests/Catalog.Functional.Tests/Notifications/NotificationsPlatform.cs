using System.Globalization;
using System.Text;
using Catalog.Functional.Tests.Infrastructure;
using Catalog.Functional.Tests.Requests;
using Catalog.Testing;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace Catalog.Functional.Tests.Notifications;

/// <summary>
/// The platform on the fake clock of <see cref="FakeClockPlatform"/> (Friday 20 November 2026, 16:00 in Toronto,
/// inside IT's hours) with notification e-mails on, sent to a real SMTP server running in the test process.
/// User ids become addresses at example.org.
/// </summary>
public sealed class NotificationsPlatform : CatalogPlatform
{
    private int smtpPort;

    public NotificationsPlatform() => Clock = new FakeTimeProvider(FakeClockPlatform.FridayFourPm);

    /// <summary>The fake clock.</summary>
    public FakeTimeProvider FakeClock => Clock!;

    /// <summary>The SMTP server the silo sends to.</summary>
    public SimpleSmtpServer Smtp { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Notifications:Smtp:Enabled"] = "true",
        ["Notifications:Smtp:Host"] = "127.0.0.1",
        ["Notifications:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Notifications:Smtp:AddressDomain"] = "example.org",
    };

    public override async Task InitializeAsync()
    {
        smtpPort = FreePort.Next();
        Smtp = SimpleSmtpServer.Start(smtpPort);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Smtp?.Stop();
    }

    /// <summary>Every e-mail received so far to <paramref name="userId"/>@example.org, parsed.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string userId) =>
        [.. Smtp.ReceivedEmail
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(a => a.Address == userId + "@example.org"))];

    /// <summary>The e-mails to <paramref name="userId"/> that mention <paramref name="text"/> in subject or body.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string userId, string text) =>
        [.. MailsTo(userId).Where(m => (m.Subject ?? "").Contains(text, StringComparison.Ordinal) || (m.TextBody ?? "").Contains(text, StringComparison.Ordinal))];

    /// <summary>Waits up to <paramref name="timeout"/> until <paramref name="count"/> reports true; returns its last answer.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
