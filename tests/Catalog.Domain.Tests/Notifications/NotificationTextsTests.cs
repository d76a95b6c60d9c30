using Catalog.Catalogue;
using Catalog.Domain.Notifications;
using FluentAssertions;
using Xunit;

namespace Catalog.Domain.Tests.Notifications;

public sealed class NotificationTextsTests
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    [Fact]
    public void One_notification_is_its_own_subject_in_the_recipient_s_language()
    {
        var facts = new NotificationFacts(NotificationKind.Warning, "IT-000042", "Laptop", ClockKind.Resolution,
            new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));

        var fr = NotificationTexts.Compose([facts], "fr", Toronto);
        var en = NotificationTexts.Compose([facts], "en", Toronto);

        fr.Subject.Should().Be("Catalog : La demande IT-000042 est à risque : délai de résolution le 2026-11-23 09 h 00 (Laptop)");
        en.Subject.Should().Be("Catalog: Request IT-000042 is at risk: resolution due 2026-11-23 09:00 (Laptop)");
        fr.Language.Should().Be("fr");
    }

    [Fact]
    public void Several_notifications_make_one_digest_listing_each()
    {
        NotificationFacts[] items =
        [
            new(NotificationKind.NewRequest, "IT-000001", "Un"),
            new(NotificationKind.WaitingOnYou, "IT-000002", "Deux"),
            new(NotificationKind.Survey, "IT-000003", "Trois"),
        ];

        var mail = NotificationTexts.Compose(items, "fr-CA", Toronto);

        mail.Subject.Should().Be("Catalog : 3 notifications en attente");
        mail.Body.Should().Contain("Nouvelle demande IT-000001 : Un").And.Contain("IT-000002").And.Contain("IT-000003");
        mail.Language.Should().Be("fr");
    }

    [Theory]
    [InlineData(NotificationKind.NewRequest)]
    [InlineData(NotificationKind.Warning)]
    [InlineData(NotificationKind.Breach)]
    [InlineData(NotificationKind.WaitingOnYou)]
    [InlineData(NotificationKind.Survey)]
    public void Every_kind_has_a_different_french_and_english_line(NotificationKind kind)
    {
        var facts = new NotificationFacts(kind, "IT-000007", "Écran", ClockKind.Acknowledgement, DateTimeOffset.UnixEpoch.AddYears(56));

        NotificationTexts.Line(facts, "fr", Toronto).Should().NotBe(NotificationTexts.Line(facts, "en", Toronto)).And.Contain("IT-000007");
    }
}
