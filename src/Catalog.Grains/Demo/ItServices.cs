using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Information Technology.</summary>
internal static class ItServices
{
    private static readonly LocalizedText ManagerApproval = T("Approbation du gestionnaire", "Manager's approval");
    private static readonly LocalizedText CostCentre = T("Numéro du centre de coûts", "Cost centre number");

    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "it.laptop-setup", "hardware",
            T("Préparation d'un ordinateur portable", "Laptop setup"),
            T("Préparation, configuration et livraison d'un ordinateur portable standard avec les logiciels de base de l'organisation.",
              "Preparation, configuration and delivery of a standard laptop with the organisation's core software."),
            Target.BusinessDays(5), Cost.Fixed(185m),
            [
                T("Remplir le formulaire de demande en précisant l'utilisateur et le centre de coûts.", "Fill in the request form with the user's name and the cost centre."),
                T("Faire approuver la demande par votre gestionnaire.", "Have your manager approve the request."),
                T("Recevoir le prix par écrit avant le début des travaux.", "Receive the price in writing before the work begins."),
                T("Prendre rendez-vous pour la remise de l'appareil et la première connexion.", "Book an appointment for the handover and first sign-in."),
            ],
            equipment: [T("Ordinateur portable 14 po (16 Go de mémoire)", "14-inch laptop (16 GB memory)"), T("Station d'accueil et chargeur", "Docking station and charger")],
            clientSupplies: [CostCentre, ManagerApproval]),
        DemoService.Create(
            "it.accessory-order", "hardware",
            T("Commande d'accessoires en stock", "Order of accessories in stock"),
            T("Claviers, souris, casques d'écoute, câbles et adaptateurs disponibles immédiatement en inventaire.",
              "Keyboards, mice, headsets, cables and adapters available right away from inventory."),
            Target.BusinessDays(2), Cost.PerUnit(35m, T("article", "item")),
            [
                T("Choisir les articles dans la liste des accessoires en stock.", "Choose the items from the list of accessories in stock."),
                T("Indiquer le lieu de livraison.", "Give the delivery location."),
                T("Récupérer les articles au comptoir des TI ou les recevoir à votre bureau.", "Pick the items up at the IT counter or receive them at your desk."),
            ],
            equipment: [T("Accessoires standards en inventaire", "Standard accessories in inventory")],
            clientSupplies: [CostCentre],
            standards: [DemoStandards.StockOrderDone]),
        DemoService.Create(
            "it.software-install", "software",
            T("Installation d'un logiciel autorisé", "Installation of approved software"),
            T("Installation à distance d'un logiciel figurant dans la liste des logiciels autorisés de l'organisation.",
              "Remote installation of software from the organisation's list of approved software."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Vérifier que le logiciel figure dans la liste des logiciels autorisés.", "Check that the software is on the approved software list."),
                T("Soumettre la demande avec le numéro de l'ordinateur.", "Submit the request with the computer's asset number."),
                T("Laisser l'ordinateur allumé et branché au réseau pendant l'installation.", "Leave the computer on and connected to the network during the installation."),
            ],
            clientSupplies: [T("Numéro d'inventaire de l'ordinateur", "Computer asset number")]),
        DemoService.Create(
            "it.software-evaluation", "software",
            T("Évaluation d'un nouveau logiciel", "Evaluation of new software"),
            T("Analyse de la sécurité, de la compatibilité et des coûts d'un logiciel qui n'est pas encore autorisé, avec une recommandation écrite.",
              "Review of the security, compatibility and cost of software that is not yet approved, with a written recommendation."),
            Target.BusinessDays(10), Cost.PerHour(95m),
            [
                T("Décrire le besoin d'affaires et le logiciel souhaité.", "Describe the business need and the software you want."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Participer à une démonstration avec l'analyste.", "Attend a demonstration with the analyst."),
                T("Recevoir le rapport d'évaluation et la recommandation.", "Receive the evaluation report and the recommendation."),
            ],
            clientSupplies: [T("Description du besoin d'affaires", "Description of the business need"), ManagerApproval],
            standards: [DemoStandards.Acknowledgement, DemoStandards.FirstAnswer, DemoStandards.EvaluationDone]),
        DemoService.Create(
            "it.system-access", "access",
            T("Accès à un système ou à un dossier partagé", "Access to a system or shared folder"),
            T("Ouverture, modification ou retrait des droits d'accès à une application ou à un dossier réseau.",
              "Granting, changing or removing access rights to an application or network folder."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Nommer le système ou le dossier et le niveau d'accès requis.", "Name the system or folder and the access level needed."),
                T("Obtenir l'approbation du propriétaire des données.", "Obtain the data owner's approval."),
                T("Recevoir la confirmation de l'accès par courriel.", "Receive the access confirmation by e-mail."),
            ],
            clientSupplies: [ManagerApproval, T("Approbation du propriétaire des données", "Data owner's approval")]),
        DemoService.Create(
            "it.password-reset", "it-support",
            T("Réinitialisation d'un mot de passe", "Password reset"),
            T("Réinitialisation d'un mot de passe oublié ou expiré, après vérification de l'identité de l'employé.",
              "Reset of a forgotten or expired password, after the employee's identity is verified."),
            Target.BusinessHours(4), Cost.Free,
            [
                T("Appeler le centre de services ou remplir le formulaire en ligne.", "Call the service desk or fill in the online form."),
                T("Répondre aux questions de vérification d'identité.", "Answer the identity verification questions."),
                T("Choisir un nouveau mot de passe à la première connexion.", "Choose a new password at first sign-in."),
            ],
            clientSupplies: [T("Carte d'identité de l'employé", "Employee ID card")]),
        DemoService.Create(
            "it.service-desk", "it-support",
            T("Soutien technique du centre de services", "Service desk technical support"),
            T("Aide pour un problème informatique : poste de travail, imprimante, courriel, téléphonie ou connexion à distance.",
              "Help with a computer problem: workstation, printer, e-mail, telephony or remote connection."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Décrire le problème, le message d'erreur et depuis quand il se produit.", "Describe the problem, the error message and since when it happens."),
                T("Rester disponible pour une prise de contrôle à distance.", "Stay available for a remote-control session."),
                T("Confirmer que le problème est réglé.", "Confirm that the problem is solved."),
            ],
            clientSupplies: [T("Capture d'écran du message d'erreur", "Screenshot of the error message")],
            standards: [DemoStandards.VoicemailReturned, DemoStandards.Resolution(Target.BusinessDays(2))]),
        DemoService.Create(
            "it.mobile-phone", "hardware",
            T("Téléphone cellulaire professionnel", "Work mobile phone"),
            T("Fourniture d'un téléphone intelligent configuré avec la messagerie de l'organisation et un forfait voix et données.",
              "A smartphone set up with the organisation's e-mail and a voice and data plan."),
            Target.BusinessDays(5), Cost.Fixed(420m),
            [
                T("Justifier le besoin et faire approuver la demande.", "Explain the need and have the request approved."),
                T("Recevoir le prix et les frais mensuels par écrit.", "Receive the price and monthly fees in writing."),
                T("Signer l'entente d'utilisation des appareils mobiles.", "Sign the mobile device use agreement."),
                T("Récupérer l'appareil configuré au comptoir des TI.", "Pick up the configured device at the IT counter."),
            ],
            equipment: [T("Téléphone intelligent et étui protecteur", "Smartphone and protective case")],
            clientSupplies: [ManagerApproval, CostCentre]),
    ];
}
