using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>
/// The service standards of seed 004 ("Normes de service"), as SLA clocks in the provider's business time.
/// Business hours are 8:30–12:00 and 13:00–16:30, Monday to Friday: 7 hours a day.
/// </summary>
internal static class DemoStandards
{
    /// <summary>
    /// "Accuser réception des courriels ou y répondre dans un délai de 24 heures." Clocks only run in business
    /// time, and 24 clock hours from a message received in business hours land at the same time the next business
    /// day, so the demo models it as 1 business day (a message received Friday 15:00 is due Monday 15:00).
    /// </summary>
    public static ServiceStandard Acknowledgement { get; } = new(
        ClockKind.Acknowledgement,
        Target.BusinessDays(1),
        T("Accusé de réception de la demande dans un délai de 24 heures (1 jour ouvrable).",
          "The request is acknowledged within 24 hours (1 business day)."));

    /// <summary>"…la date anticipée pour la réponse définitive… ne doit pas dépasser 5 jours ouvrables."</summary>
    public static ServiceStandard FirstAnswer { get; } = new(
        ClockKind.FirstAnswer,
        Target.BusinessDays(5),
        T("Réponse, ou suivi prévu et date de la réponse définitive, au plus tard 5 jours ouvrables après la réception.",
          "An answer, or the planned follow-up and the date of the final answer, within 5 business days of receipt."));

    /// <summary>"Message laissé sur une boîte vocale : dans les quatre (4) heures ouvrables suivant la réception."</summary>
    public static ServiceStandard VoicemailReturned { get; } = new(
        ClockKind.Acknowledgement,
        Target.BusinessHours(4),
        T("Message laissé dans la boîte vocale retourné dans les 4 heures ouvrables suivant sa réception.",
          "Voicemail messages returned within 4 business hours of receipt."));

    /// <summary>"Télécopie ou lettre : accusé de réception dans les deux (2) jours ouvrables."</summary>
    public static ServiceStandard LetterAcknowledged { get; } = new(
        ClockKind.Acknowledgement,
        Target.BusinessDays(2),
        T("Accusé de réception des lettres et télécopies dans les 2 jours ouvrables.",
          "Letters and faxes acknowledged within 2 business days."));

    /// <summary>"Outils de réseautage social : répondre… dans un délai de (2) jours ouvrables."</summary>
    public static ServiceStandard SocialMediaAnswered { get; } = new(
        ClockKind.FirstAnswer,
        Target.BusinessDays(2),
        T("Réponse aux questions reçues par les médias sociaux dans un délai de 2 jours ouvrables.",
          "Questions received through social media answered within 2 business days."));

    /// <summary>"Traiter les demandes d'évaluation dans un délai de 10 jours ouvrables."</summary>
    public static ServiceStandard EvaluationDone { get; } = new(
        ClockKind.Resolution,
        Target.BusinessDays(10),
        T("Demande d'évaluation traitée dans un délai de 10 jours ouvrables.",
          "Evaluation requests completed within 10 business days."));

    /// <summary>"Donner suite aux commandes de produits immédiatement disponibles dans les 2 jours ouvrables."</summary>
    public static ServiceStandard StockOrderDone { get; } = new(
        ClockKind.Resolution,
        Target.BusinessDays(2),
        T("Commande d'articles en stock traitée dans les 2 jours ouvrables suivant sa réception.",
          "Orders of items in stock completed within 2 business days of receipt."));

    /// <summary>The resolution clock of a service: its turnaround.</summary>
    public static ServiceStandard Resolution(Target turnaround) => new(
        ClockKind.Resolution,
        turnaround,
        turnaround.Unit == TargetUnit.BusinessHours
            ? T($"Demande traitée dans un délai de {turnaround.Value} heures ouvrables.",
                $"Request completed within {turnaround.Value} business hours.")
            : T($"Demande traitée dans un délai de {turnaround.Value} jours ouvrables.",
                $"Request completed within {turnaround.Value} business days."));

    /// <summary>
    /// The usual clocks for a turnaround: acknowledgement when the work takes more than a day, first answer when it
    /// takes more than the 5-day limit, and resolution.
    /// </summary>
    public static IReadOnlyList<ServiceStandard> For(Target turnaround)
    {
        var days = turnaround.Unit == TargetUnit.BusinessDays ? turnaround.Value : 0;
        return (days > 1, days > FirstAnswer.Target.Value) switch
        {
            (true, true) => [Acknowledgement, FirstAnswer, Resolution(turnaround)],
            (true, false) => [Acknowledgement, Resolution(turnaround)],
            _ => [Resolution(turnaround)],
        };
    }
}
