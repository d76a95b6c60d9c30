using System.Globalization;
using Catalog.Domain.Messages;
using Catalog.Catalogue;

namespace Catalog.Domain.Notifications;

/// <summary>
/// Puts notifications into words in the recipient's language (French or English): one line per notification, and
/// the e-mail that carries one of them, or several as a digest. Deadlines are written in the recipient's zone.
/// </summary>
public static class NotificationTexts
{
    /// <summary>The one-line text of a notification, as the inbox lists it and an e-mail's subject says it.</summary>
    public static string Line(NotificationFacts facts, string language, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(zone);
        var fr = MessageLanguages.Normalize(language) == MessageLanguages.French;
        var clock = facts.Clock is { } kind ? ClockName(kind, fr) : "";
        var due = facts.DueAt is { } at ? When(at, zone, fr) : "";
        return (facts.Kind, fr) switch
        {
            (NotificationKind.NewRequest, true) => $"Nouvelle demande {facts.RequestId} : {facts.Title}",
            (NotificationKind.NewRequest, false) => $"New request {facts.RequestId}: {facts.Title}",
            (NotificationKind.Warning, true) => $"La demande {facts.RequestId} est à risque : délai de {clock} le {due} ({facts.Title})",
            (NotificationKind.Warning, false) => $"Request {facts.RequestId} is at risk: {clock} due {due} ({facts.Title})",
            (NotificationKind.Breach, true) => $"La demande {facts.RequestId} a dépassé son délai de {clock} du {due} ({facts.Title})",
            (NotificationKind.Breach, false) => $"Request {facts.RequestId} missed its {clock} target of {due} ({facts.Title})",
            (NotificationKind.WaitingOnYou, true) => $"La demande {facts.RequestId} attend votre réponse : {facts.Title}",
            (NotificationKind.WaitingOnYou, false) => $"Request {facts.RequestId} is waiting for your answer: {facts.Title}",
            (NotificationKind.Survey, true) => $"Donnez votre avis sur la demande {facts.RequestId} : {facts.Title}",
            _ => $"Tell us how request {facts.RequestId} went: {facts.Title}",
        };
    }

    /// <summary>
    /// The e-mail for what goes out together: one notification says itself in the subject; several make a digest
    /// whose subject counts them and whose body lists them, oldest first.
    /// </summary>
    public static NotificationMail Compose(IReadOnlyList<NotificationFacts> items, string language, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            throw new ArgumentException("Nothing to send.", nameof(items));
        }

        var lang = MessageLanguages.Normalize(language);
        var fr = lang == MessageLanguages.French;
        var lines = items.Select(i => "- " + Line(i, lang, zone)).ToArray();
        var footer = fr
            ? "Vous choisissez ce que vous recevez et quand dans Catalog, page Notifications."
            : "Choose what you receive and when in Catalog, on the Notifications page.";
        if (items.Count == 1)
        {
            var line = Line(items[0], lang, zone);
            return new NotificationMail((fr ? "Catalog : " : "Catalog: ") + line, line + "\n\n" + footer + "\n", lang);
        }

        var subject = fr
            ? $"Catalog : {items.Count} notifications en attente"
            : $"Catalog: {items.Count} notifications waiting";
        var intro = fr
            ? "Voici ce qui vous attend depuis votre dernier message :"
            : "Here is what waits for you since your last message:";
        return new NotificationMail(subject, intro + "\n\n" + string.Join("\n", lines) + "\n\n" + footer + "\n", lang);
    }

    private static string ClockName(ClockKind clock, bool fr) => (clock, fr) switch
    {
        (ClockKind.Acknowledgement, true) => "prise en charge",
        (ClockKind.Acknowledgement, false) => "acknowledgement",
        (ClockKind.FirstAnswer, true) => "première réponse",
        (ClockKind.FirstAnswer, false) => "first answer",
        (ClockKind.Resolution, true) => "résolution",
        (ClockKind.Resolution, false) => "resolution",
        (ClockKind.ClientResponse, true) => "réponse du client",
        _ => "client answer",
    };

    private static string When(DateTimeOffset at, TimeZoneInfo zone, bool fr)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return fr
            ? local.ToString("yyyy-MM-dd HH' h 'mm", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
