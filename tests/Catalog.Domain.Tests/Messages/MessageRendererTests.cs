using Catalog.Domain.Calendars;
using Catalog.Domain.Messages;
using Catalog.Domain.Tests.Calendars;

namespace Catalog.Domain.Tests.Messages;

/// <summary>Standard messages written for a request in French and in English, with real placeholders.</summary>
public sealed class MessageRendererTests
{
    private static readonly TimeZoneInfo Toronto = Zones.Toronto;

    private static MessageContext Context(DateTimeOffset? due = null, decimal? quote = null, DateOnly? followUp = null, string department = "Ressources humaines") => new(
        "Marie Tremblay",
        department,
        "Configuration d'un portable",
        "IT-000123",
        due ?? Toronto.At(2026, 12, 14, 10, 30),
        Toronto,
        quote,
        "CAD",
        followUp);

    [Fact]
    public void The_french_acknowledgement_names_the_client_the_request_the_service_and_the_due_date_in_the_providers_zone()
    {
        var template = StandardMessages.For("L'équipe TI", "The IT team").Single(t => t is { Situation: MessageSituation.Acknowledgement, Language: "fr" }).Text;

        var text = MessageRenderer.Render(template, "fr", Context(due: new DateTimeOffset(2026, 12, 14, 15, 30, 0, TimeSpan.Zero)));

        text.Should().StartWith("Bonjour Marie Tremblay,");
        text.Should().Contain("votre demande IT-000123 (Configuration d'un portable)");
        text.Should().Contain("au plus tard le lundi 14 décembre 2026, 10 h 30 (UTC−05:00).");
        text.Should().EndWith("L'équipe TI");
        text.Should().NotContain("{");
    }

    [Fact]
    public void The_english_acknowledgement_writes_the_due_date_the_english_way()
    {
        var template = StandardMessages.For("L'équipe TI", "The IT team").Single(t => t is { Situation: MessageSituation.Acknowledgement, Language: "en" }).Text;

        var text = MessageRenderer.Render(template, "en", Context(due: new DateTimeOffset(2026, 12, 14, 20, 5, 0, TimeSpan.Zero)) with { Service = "Laptop setup" });

        text.Should().Contain("We have received your request IT-000123 (Laptop setup).");
        text.Should().Contain("by Monday, December 14, 2026, 3:05 p.m. (UTC−05:00) at the latest.");
    }

    [Fact]
    public void The_client_placeholder_holds_the_person_and_their_department()
    {
        MessageRenderer.Render("{client}", "fr", Context()).Should().Be("Marie Tremblay (Ressources humaines)");
        MessageRenderer.Render("{clientName} / {clientDepartment}", "en", Context(department: "Human Resources"))
            .Should().Be("Marie Tremblay / Human Resources");
    }

    [Theory]
    [InlineData(2026, 3, 6, 15, "fr", "vendredi 6 mars 2026, 10 h 00 (UTC−05:00)")]
    [InlineData(2026, 3, 9, 14, "fr", "lundi 9 mars 2026, 10 h 00 (UTC−04:00)")]
    [InlineData(2026, 3, 9, 14, "en", "Monday, March 9, 2026, 10:00 a.m. (UTC−04:00)")]
    [InlineData(2026, 10, 30, 14, "en", "Friday, October 30, 2026, 10:00 a.m. (UTC−04:00)")]
    [InlineData(2026, 11, 2, 15, "en", "Monday, November 2, 2026, 10:00 a.m. (UTC−05:00)")]
    [InlineData(2026, 11, 2, 17, "fr", "lundi 2 novembre 2026, 12 h 00 (UTC−05:00)")]
    public void The_due_date_is_the_wall_clock_time_in_the_providers_zone_on_each_side_of_a_daylight_saving_change(
        int year, int month, int day, int utcHour, string language, string expected)
    {
        var due = new DateTimeOffset(year, month, day, utcHour, 0, 0, TimeSpan.Zero);

        MessageRenderer.Render("{dueDate}", language, Context(due: due)).Should().Be(expected);
    }

    [Fact]
    public void The_same_instant_reads_in_another_zone_for_a_provider_working_from_there()
    {
        var winnipeg = TimeZoneInfo.FindSystemTimeZoneById("America/Winnipeg");
        var due = new DateTimeOffset(2026, 7, 1, 18, 0, 0, TimeSpan.Zero);

        MessageRenderer.Render("{dueDate}", "fr", Context(due: due) with { ProviderZone = winnipeg })
            .Should().Be("mercredi 1er juillet 2026, 13 h 00 (UTC−05:00)");
    }

    [Fact]
    public void The_quote_amount_is_written_per_language_and_reads_a_dash_without_a_quote()
    {
        MessageRenderer.Render("{quoteAmount}", "fr", Context(quote: 1234.5m)).Should().Be("1\u00A0234,50\u00A0$");
        MessageRenderer.Render("{quoteAmount}", "en", Context(quote: 1234.5m)).Should().Be("$1,234.50");
        MessageRenderer.Render("{quoteAmount}", "en", Context(quote: 99m) with { QuoteCurrency = "usd" }).Should().Be("99.00 USD");
        MessageRenderer.Render("{quoteAmount}", "fr", Context()).Should().Be("—");
    }

    [Fact]
    public void The_follow_up_date_is_a_date_in_words_and_a_dash_when_there_is_none()
    {
        MessageRenderer.Render("{followUpDate}", "fr", Context(followUp: new DateOnly(2026, 12, 11))).Should().Be("vendredi 11 décembre 2026");
        MessageRenderer.Render("{followUpDate}", "en", Context(followUp: new DateOnly(2026, 12, 11))).Should().Be("Friday, December 11, 2026");
        MessageRenderer.Render("{followUpDate}", "en", Context()).Should().Be("—");
        MessageRenderer.Render("Due {dueDate}", "en", Context() with { DueAt = null }).Should().Be("Due —");
    }

    [Fact]
    public void Every_standard_message_in_both_languages_uses_known_placeholders_only_and_renders_completely()
    {
        var library = StandardMessages.For("L'équipe", "The team");

        library.Should().HaveCount(Enum.GetValues<MessageSituation>().Length * 2);
        foreach (var (situation, language, text) in library)
        {
            MessageTemplateText.Problem(text).Should().BeNull($"{situation}/{language}");
            MessageRenderer.Render(text, language, Context(quote: 10m, followUp: new DateOnly(2026, 12, 11)))
                .Should().NotContain("{", $"{situation}/{language} must fill every placeholder");
        }
    }

    [Fact]
    public void An_unknown_placeholder_is_named_and_left_as_written()
    {
        MessageTemplateText.UnknownPlaceholders("Bonjour {clinet}, {service} {clinet} {budget}").Should().Equal("clinet", "budget");
        MessageTemplateText.Problem("Bonjour {clinet}").Should().Contain("{clinet}");
        MessageTemplateText.Problem("Plain braces { } and {1 2} are text.").Should().BeNull();
        MessageTemplateText.Problem("  ").Should().Be("Required.");
        MessageTemplateText.Problem(new string('a', MessageTemplateText.MaxLength + 1)).Should().Contain("At most");
        MessageRenderer.Render("Hi {clinet}", "en", Context()).Should().Be("Hi {clinet}");
    }
}
