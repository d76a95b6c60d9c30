using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Human Resources.</summary>
internal static class HrServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "hr.job-posting", "recruitment",
            T("Affichage d'un poste", "Job posting"),
            T("Rédaction et diffusion d'un avis de poste à l'interne et sur les sites d'emploi.",
              "Writing and publishing a job notice internally and on job boards."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Fournir la description de poste à jour.", "Provide the up-to-date job description."),
                T("Valider le texte de l'affichage avec la conseillère ou le conseiller.", "Review the posting text with the HR advisor."),
                T("Approuver la période d'affichage.", "Approve the posting period."),
            ],
            clientSupplies: [T("Description de poste approuvée", "Approved job description")]),
        DemoService.Create(
            "hr.recruitment", "recruitment",
            T("Processus de recrutement complet", "Full recruitment process"),
            T("Accompagnement du gestionnaire de l'analyse du besoin jusqu'à l'offre d'emploi : présélection, entrevues et vérification des références.",
              "Support for the manager from the needs analysis to the job offer: screening, interviews and reference checks."),
            Target.BusinessDays(30), Cost.Fixed(1200m),
            [
                T("Rencontrer la conseillère ou le conseiller pour préciser le profil recherché.", "Meet the HR advisor to define the profile you are looking for."),
                T("Approuver l'affichage et la grille d'entrevue.", "Approve the posting and the interview guide."),
                T("Participer au comité de sélection.", "Sit on the selection board."),
                T("Approuver l'offre d'emploi.", "Approve the job offer."),
            ],
            equipment: [T("Salle d'entrevue et outil de visioconférence", "Interview room and videoconferencing tool")],
            clientSupplies: [T("Description de poste approuvée", "Approved job description"), T("Disponibilités des membres du comité", "Selection board members' availability")]),
        DemoService.Create(
            "hr.employment-letter", "hr-administration",
            T("Attestation d'emploi", "Employment letter"),
            T("Lettre confirmant le poste, la date d'entrée en fonction et, sur demande, le salaire. Vos renseignements personnels demeurent confidentiels.",
              "A letter confirming the position, the start date and, on request, the salary. Your personal information stays confidential."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Préciser le destinataire et les renseignements à inclure.", "Say who the letter is for and what it must include."),
                T("Recevoir la lettre signée par courriel sécurisé.", "Receive the signed letter by secure e-mail."),
            ],
            clientSupplies: [T("Consentement écrit pour divulguer le salaire", "Written consent to disclose the salary")]),
        DemoService.Create(
            "hr.job-evaluation", "hr-administration",
            T("Évaluation d'un poste (classification)", "Job evaluation (classification)"),
            T("Analyse des tâches et des responsabilités d'un poste nouveau ou modifié pour en déterminer la classe et l'échelle salariale.",
              "Analysis of the duties and responsibilities of a new or changed position to set its class and pay scale."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Remplir le questionnaire d'analyse de poste.", "Fill in the job analysis questionnaire."),
                T("Joindre l'organigramme de l'unité.", "Attach the unit's organisation chart."),
                T("Rencontrer l'analyste au besoin.", "Meet the analyst if needed."),
                T("Recevoir la décision de classification par écrit.", "Receive the classification decision in writing."),
            ],
            clientSupplies: [T("Questionnaire d'analyse de poste", "Job analysis questionnaire"), T("Organigramme de l'unité", "Unit organisation chart")],
            standards: [DemoStandards.Acknowledgement, DemoStandards.FirstAnswer, DemoStandards.EvaluationDone]),
        DemoService.Create(
            "hr.training-registration", "training",
            T("Inscription à une formation de groupe", "Group training registration"),
            T("Inscription d'employés aux formations du calendrier corporatif : service à la clientèle, gestion, santé et sécurité.",
              "Registering employees for corporate calendar courses: customer service, management, health and safety."),
            Target.BusinessDays(10), Cost.PerUnit(250m, T("participant", "participant")),
            [
                T("Choisir la formation et la date dans le calendrier.", "Choose the course and date in the calendar."),
                T("Inscrire les participants et obtenir l'approbation du gestionnaire.", "Register the participants and obtain the manager's approval."),
                T("Recevoir la confirmation et le matériel préparatoire.", "Receive the confirmation and preparatory material."),
            ],
            equipment: [T("Salle de formation équipée", "Equipped training room")],
            clientSupplies: [T("Liste des participants", "List of participants"), T("Numéro du centre de coûts", "Cost centre number")]),
        DemoService.Create(
            "hr.onboarding", "hr-administration",
            T("Accueil et intégration d'un nouvel employé", "New employee onboarding"),
            T("Préparation du dossier d'embauche, séance d'accueil et trousse d'intégration pour le premier jour.",
              "Hiring file, welcome session and onboarding kit ready for the first day."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Confirmer la date d'arrivée et le poste.", "Confirm the start date and position."),
                T("Transmettre le formulaire d'embauche signé.", "Send the signed hiring form."),
                T("Inscrire l'employé à la séance d'accueil.", "Register the employee for the welcome session."),
            ],
            equipment: [T("Trousse d'accueil", "Welcome kit")],
            clientSupplies: [T("Formulaire d'embauche signé", "Signed hiring form")]),
        DemoService.Create(
            "hr.payroll-change", "payroll",
            T("Modification au dossier de paie", "Payroll record change"),
            T("Changement des coordonnées bancaires, des retenues à la source ou de l'adresse postale. Vos renseignements personnels demeurent confidentiels.",
              "Change of banking details, source deductions or mailing address. Your personal information stays confidential."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Remplir le formulaire de modification.", "Fill in the change form."),
                T("Joindre les pièces justificatives.", "Attach the supporting documents."),
                T("Vérifier le changement sur le talon de paie suivant.", "Check the change on the next pay stub."),
            ],
            clientSupplies: [T("Spécimen de chèque ou formulaire de dépôt direct", "Void cheque or direct deposit form")]),
    ];
}
