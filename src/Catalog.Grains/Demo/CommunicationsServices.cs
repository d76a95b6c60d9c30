using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Communications.</summary>
internal static class CommunicationsServices
{
    private static readonly LocalizedText PerWord = T("mot", "word");

    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "communications.translation", "translation",
            T("Traduction d'un document", "Document translation"),
            T("Traduction du français vers l'anglais ou de l'anglais vers le français de documents destinés au personnel ou au public.",
              "French-to-English or English-to-French translation of documents for staff or the public."),
            Target.BusinessDays(5), Cost.PerUnit(0.22m, PerWord),
            [
                T("Envoyer le document final en format modifiable.", "Send the final document in an editable format."),
                T("Recevoir le prix par écrit selon le nombre de mots.", "Receive the price in writing, based on the word count."),
                T("Répondre aux questions de terminologie.", "Answer the terminology questions."),
                T("Recevoir la traduction révisée.", "Receive the revised translation."),
            ],
            equipment: [T("Mémoire de traduction et lexique de l'organisation", "The organisation's translation memory and glossary")],
            clientSupplies: [T("Document final en format modifiable", "Final document in an editable format")]),
        DemoService.Create(
            "communications.editing", "translation",
            T("Révision linguistique", "Language editing"),
            T("Révision de la langue, du style et de la clarté d'un texte en français ou en anglais.",
              "Editing of the language, style and clarity of a text in French or English."),
            Target.BusinessDays(3), Cost.PerUnit(0.08m, PerWord),
            [
                T("Envoyer le texte et préciser le public cible.", "Send the text and say who it is for."),
                T("Recevoir le texte révisé avec les modifications suivies.", "Receive the edited text with tracked changes."),
            ],
            clientSupplies: [T("Texte en format modifiable", "Text in an editable format")]),
        DemoService.Create(
            "communications.graphic-design", "communications",
            T("Conception graphique", "Graphic design"),
            T("Affiches, dépliants, infographies et gabarits conformes à l'identité visuelle et aux normes d'accessibilité.",
              "Posters, brochures, infographics and templates that follow the visual identity and accessibility standards."),
            Target.BusinessDays(10), Cost.PerHour(70m),
            [
                T("Remplir le devis de production (format, public, échéance).", "Fill in the production brief (format, audience, deadline)."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Approuver une première épreuve, puis l'épreuve finale.", "Approve a first proof, then the final proof."),
            ],
            equipment: [T("Banque d'images et gabarits de l'organisation", "The organisation's image bank and templates")],
            clientSupplies: [T("Textes approuvés dans les deux langues", "Approved texts in both languages")]),
        DemoService.Create(
            "communications.intranet-news", "communications",
            T("Publication d'une nouvelle dans l'intranet", "Intranet news publication"),
            T("Mise en ligne d'une nouvelle ou d'un avis dans l'intranet, dans les deux langues officielles.",
              "Posting a news item or notice on the intranet, in both official languages."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Envoyer le texte en français et en anglais.", "Send the text in French and English."),
                T("Proposer une image libre de droits.", "Suggest a royalty-free image."),
                T("Vérifier la publication.", "Check the published item."),
            ],
            clientSupplies: [T("Texte dans les deux langues", "Text in both languages")]),
        DemoService.Create(
            "communications.social-media", "communications",
            T("Publication dans les médias sociaux", "Social media posts"),
            T("Publication des messages de l'unité dans les comptes officiels et réponse aux questions reçues du public.",
              "Posting the unit's messages on the official accounts and answering the questions received from the public."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Proposer le message et la date de publication souhaitée.", "Suggest the message and the preferred publication date."),
                T("Fournir les réponses aux questions fréquentes.", "Provide the answers to frequent questions."),
                T("Recevoir le bilan de la publication.", "Receive the post's results."),
            ],
            clientSupplies: [T("Message proposé dans les deux langues", "Proposed message in both languages")],
            standards: [DemoStandards.Acknowledgement, DemoStandards.SocialMediaAnswered, DemoStandards.Resolution(Target.BusinessDays(5))]),
        DemoService.Create(
            "communications.event-support", "events",
            T("Soutien à l'organisation d'un événement", "Event planning support"),
            T("Planification, protocole, invitations et logistique d'un événement interne ou public.",
              "Planning, protocol, invitations and logistics for an internal or public event."),
            Target.BusinessDays(10), Cost.PerHour(60m),
            [
                T("Présenter l'objectif, la date et le nombre d'invités.", "Present the goal, date and number of guests."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Approuver le plan de l'événement.", "Approve the event plan."),
                T("Participer au bilan après l'événement.", "Take part in the debrief after the event."),
            ],
            equipment: [T("Bannières, nappes et trousse d'accueil", "Banners, tablecloths and welcome kit")],
            clientSupplies: [T("Liste des invités", "Guest list"), T("Numéro du centre de coûts", "Cost centre number")]),
    ];
}
