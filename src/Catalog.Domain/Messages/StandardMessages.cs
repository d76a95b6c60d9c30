namespace Catalog.Domain.Messages;

/// <summary>
/// The standard messages every department starts from, in French and English. They follow seed 000's
/// communication strategy: one message per situation, the same whoever answers, from reception to management —
/// clients who arrive late, who come without an appointment or never come, who are aggressive — and seed 004's
/// standards: acknowledge, say what follow-up will happen and by when (at most 5 business days after receipt),
/// give the price in writing before the work, and serve the client in the official language of their choice.
/// </summary>
public static class StandardMessages
{
    /// <summary>The French and English text of every situation, signed by <paramref name="team"/> ("l'équipe des Finances" / "the Finance team").</summary>
    public static IReadOnlyList<(MessageSituation Situation, string Language, string Text)> For(string teamFr, string teamEn) =>
    [
        (MessageSituation.Acknowledgement, MessageLanguages.French,
            "Bonjour {clientName},\n\nNous avons bien reçu votre demande {requestNumber} ({service}). Elle sera traitée selon nos normes de service : vous aurez une réponse au plus tard le {dueDate}.\n\nMerci de votre confiance,\n" + teamFr),
        (MessageSituation.Acknowledgement, MessageLanguages.English,
            "Hello {clientName},\n\nWe have received your request {requestNumber} ({service}). It will be handled according to our service standards: you will have an answer by {dueDate} at the latest.\n\nThank you for your trust,\n" + teamEn),

        (MessageSituation.WaitingForInformation, MessageLanguages.French,
            "Bonjour {clientName},\n\nPour traiter votre demande {requestNumber} ({service}), il nous manque de l'information. Nous communiquerons avec vous au plus tard le {followUpDate} pour faire le suivi. D'ici là, vous pouvez répondre directement sur la demande.\n\nMerci,\n" + teamFr),
        (MessageSituation.WaitingForInformation, MessageLanguages.English,
            "Hello {clientName},\n\nTo handle your request {requestNumber} ({service}), we need more information. We will contact you by {followUpDate} at the latest to follow up. Until then, you can answer directly on the request.\n\nThank you,\n" + teamEn),

        (MessageSituation.QuoteSent, MessageLanguages.French,
            "Bonjour {clientName},\n\nAvant de commencer le travail demandé ({requestNumber}, {service}), voici notre soumission écrite : {quoteAmount}. Le travail commencera dès que vous l'aurez acceptée. Si le prix change, nous vous en informerons et vous dirons pourquoi.\n\n" + teamFr),
        (MessageSituation.QuoteSent, MessageLanguages.English,
            "Hello {clientName},\n\nBefore starting the work you asked for ({requestNumber}, {service}), here is our written quote: {quoteAmount}. The work will start as soon as you accept it. If the price changes, we will tell you and explain why.\n\n" + teamEn),

        (MessageSituation.ApprovalPending, MessageLanguages.French,
            "Bonjour {clientName},\n\nVotre demande {requestNumber} ({service}) doit être approuvée par un gestionnaire avant que nous puissions aller plus loin. Nous vous tiendrons informé de la décision.\n\n" + teamFr),
        (MessageSituation.ApprovalPending, MessageLanguages.English,
            "Hello {clientName},\n\nYour request {requestNumber} ({service}) needs a manager's approval before we can go further. We will let you know the decision.\n\n" + teamEn),

        (MessageSituation.Resolved, MessageLanguages.French,
            "Bonjour {clientName},\n\nVotre demande {requestNumber} ({service}) est réglée. Si le résultat ne répond pas à vos besoins, vous pouvez la rouvrir. Votre avis nous aide à améliorer nos services : merci de répondre au court sondage de satisfaction.\n\n" + teamFr),
        (MessageSituation.Resolved, MessageLanguages.English,
            "Hello {clientName},\n\nYour request {requestNumber} ({service}) is resolved. If the result does not meet your needs, you can reopen it. Your opinion helps us improve our services: please answer the short satisfaction survey.\n\n" + teamEn),

        (MessageSituation.LateClient, MessageLanguages.French,
            "Bonjour {clientName},\n\nVous êtes arrivé en retard à votre rendez-vous pour la demande {requestNumber}. Pour être juste envers les autres clients, nous ne pouvons pas prolonger le rendez-vous au-delà de l'heure prévue. Nous vous proposons de terminer à un prochain rendez-vous.\n\n" + teamFr),
        (MessageSituation.LateClient, MessageLanguages.English,
            "Hello {clientName},\n\nYou arrived late for your appointment about request {requestNumber}. To be fair to other clients, we cannot extend the appointment beyond its planned time. We suggest finishing at a next appointment.\n\n" + teamEn),

        (MessageSituation.MissedAppointment, MessageLanguages.French,
            "Bonjour {clientName},\n\nNous vous attendions à votre rendez-vous pour la demande {requestNumber} ({service}), mais vous ne vous êtes pas présenté. Communiquez avec nous au plus tard le {followUpDate} pour fixer un nouveau rendez-vous; sans nouvelles de votre part, la demande pourra être fermée.\n\n" + teamFr),
        (MessageSituation.MissedAppointment, MessageLanguages.English,
            "Hello {clientName},\n\nWe were expecting you at your appointment about request {requestNumber} ({service}), but you did not come. Contact us by {followUpDate} at the latest to set a new appointment; without news from you, the request may be closed.\n\n" + teamEn),

        (MessageSituation.AggressiveBehaviour, MessageLanguages.French,
            "Bonjour {clientName},\n\nNous tenons à vous servir avec respect et nous demandons le même respect envers notre personnel. Les propos ou comportements agressifs ne sont pas acceptés. Nous poursuivrons le traitement de votre demande {requestNumber} dans le calme; si vous êtes insatisfait, vous pouvez déposer une plainte.\n\n" + teamFr),
        (MessageSituation.AggressiveBehaviour, MessageLanguages.English,
            "Hello {clientName},\n\nWe want to serve you with respect and ask for the same respect toward our staff. Aggressive words or behaviour are not accepted. We will keep handling your request {requestNumber} calmly; if you are not satisfied, you may file a complaint.\n\n" + teamEn),

        (MessageSituation.ComplaintReceived, MessageLanguages.French,
            "Bonjour {clientName},\n\nNous avons bien reçu votre plainte au sujet de la demande {requestNumber} ({service}). Merci de nous l'avoir signalée : les plaintes nous aident à nous améliorer. Elle sera traitée selon notre politique de gestion des plaintes et nous vous répondrons au plus tard le {dueDate}.\n\n" + teamFr),
        (MessageSituation.ComplaintReceived, MessageLanguages.English,
            "Hello {clientName},\n\nWe have received your complaint about request {requestNumber} ({service}). Thank you for telling us: complaints help us improve. It will be handled according to our complaints policy and we will answer you by {dueDate} at the latest.\n\n" + teamEn),
    ];

    /// <summary>The library a department has before its managers write their own, signed by the team.</summary>
    public static IReadOnlyList<(MessageSituation Situation, string Language, string Text)> Default { get; } =
        For("L'équipe", "The team");
}
