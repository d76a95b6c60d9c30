using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Legal Affairs.</summary>
internal static class LegalServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "legal.contract-review", "legal",
            T("Révision d'un contrat", "Contract review"),
            T("Révision juridique d'un contrat de service, d'une licence ou d'une entente avant sa signature, réservée aux unités qui concluent des contrats.",
              "Legal review of a service contract, licence or agreement before it is signed, for units that enter into contracts."),
            Target.BusinessDays(10), Cost.PerHour(140m),
            [
                T("Transmettre le projet de contrat en format modifiable.", "Send the draft contract in an editable format."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Répondre aux questions de l'avocate ou de l'avocat.", "Answer the lawyer's questions."),
                T("Recevoir le contrat annoté et les recommandations.", "Receive the annotated contract and the recommendations."),
            ],
            clientSupplies: [T("Projet de contrat", "Draft contract"), T("Échéance de signature", "Signing deadline")],
            eligibleDepartments: [DemoDepartments.Procurement, DemoDepartments.It, DemoDepartments.Facilities, DemoDepartments.Communications, DemoDepartments.Finance]),
        DemoService.Create(
            "legal.legal-opinion", "legal",
            T("Avis juridique", "Legal opinion"),
            T("Opinion écrite sur une question de droit touchant les activités de l'unité : obligations, risques et options.",
              "A written opinion on a legal question about the unit's activities: obligations, risks and options."),
            Target.BusinessDays(15), Cost.PerHour(140m),
            [
                T("Formuler la question et fournir le contexte.", "State the question and give the background."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Recevoir l'avis juridique signé.", "Receive the signed legal opinion."),
            ],
            clientSupplies: [T("Documents pertinents", "Relevant documents"), T("Approbation de la direction", "Director's approval")]),
        DemoService.Create(
            "legal.privacy-assessment", "legal",
            T("Évaluation des facteurs relatifs à la vie privée", "Privacy impact assessment"),
            T("Évaluation des risques pour la protection des renseignements personnels d'un nouveau projet, système ou formulaire.",
              "Assessment of the personal information protection risks of a new project, system or form."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Remplir le questionnaire préliminaire.", "Fill in the preliminary questionnaire."),
                T("Décrire les renseignements recueillis et leur circulation.", "Describe the information collected and how it flows."),
                T("Recevoir le rapport d'évaluation et les mesures recommandées.", "Receive the assessment report and the recommended measures."),
            ],
            clientSupplies: [T("Questionnaire préliminaire", "Preliminary questionnaire"), T("Schéma de circulation des données", "Data flow diagram")],
            standards: [DemoStandards.Acknowledgement, DemoStandards.FirstAnswer, DemoStandards.EvaluationDone]),
        DemoService.Create(
            "legal.access-request", "legal",
            T("Traitement d'une demande d'accès à l'information", "Access to information request processing"),
            T("Soutien à l'unité qui détient les documents visés par une demande d'accès : repérage, caviardage et réponse au demandeur.",
              "Support for the unit holding the records covered by an access request: search, redaction and reply to the requester."),
            Target.BusinessDays(20), Cost.Free,
            [
                T("Transmettre la demande reçue dès sa réception.", "Forward the request as soon as it is received."),
                T("Repérer et remettre tous les documents visés.", "Find and hand over every record covered."),
                T("Valider les passages à caviarder avec le bureau.", "Review the passages to redact with the office."),
            ],
            clientSupplies: [T("Documents visés par la demande", "Records covered by the request")]),
        DemoService.Create(
            "legal.formal-notice", "legal",
            T("Réponse à une mise en demeure ou à une lettre officielle", "Response to a formal notice or official letter"),
            T("Analyse d'une mise en demeure ou d'une lettre d'avocat reçue par l'unité et préparation de la réponse de l'organisation.",
              "Analysis of a formal notice or lawyer's letter received by the unit and preparation of the organisation's reply."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Transmettre la lettre originale le jour même de sa réception.", "Forward the original letter on the day it is received."),
                T("Fournir les faits et les documents pertinents.", "Provide the facts and relevant documents."),
                T("Approuver la réponse avant son envoi.", "Approve the reply before it is sent."),
            ],
            clientSupplies: [T("Lettre originale", "Original letter"), T("Chronologie des faits", "Timeline of the facts")],
            standards: [DemoStandards.LetterAcknowledged, DemoStandards.FirstAnswer, DemoStandards.Resolution(Target.BusinessDays(10))]),
    ];
}
