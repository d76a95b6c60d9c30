using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Finance.</summary>
internal static class FinanceServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "finance.expense-claim", "finance",
            T("Remboursement des frais de déplacement", "Travel expense reimbursement"),
            T("Vérification et remboursement des frais de transport, d'hébergement et de repas engagés lors d'un déplacement autorisé.",
              "Checking and reimbursing transportation, lodging and meal expenses incurred on authorized travel."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Remplir la demande de remboursement dans les 30 jours suivant le déplacement.", "Fill in the expense claim within 30 days of the trip."),
                T("Joindre les reçus originaux.", "Attach the original receipts."),
                T("Faire approuver la demande par votre gestionnaire.", "Have your manager approve the claim."),
                T("Recevoir le remboursement par dépôt direct.", "Receive the reimbursement by direct deposit."),
            ],
            clientSupplies: [T("Reçus originaux", "Original receipts"), T("Autorisation de déplacement", "Travel authorization")]),
        DemoService.Create(
            "finance.supplier-invoice", "finance",
            T("Paiement d'une facture fournisseur", "Supplier invoice payment"),
            T("Traitement et paiement d'une facture après confirmation de la réception des biens ou des services.",
              "Processing and paying an invoice once the receipt of the goods or services is confirmed."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Transmettre la facture avec le numéro du bon de commande.", "Send the invoice with the purchase order number."),
                T("Confirmer la réception des biens ou des services.", "Confirm the receipt of the goods or services."),
                T("Suivre l'état du paiement dans le portail financier.", "Follow the payment status in the finance portal."),
            ],
            clientSupplies: [T("Facture du fournisseur", "Supplier invoice"), T("Numéro du bon de commande", "Purchase order number")]),
        DemoService.Create(
            "finance.budget-analysis", "finance",
            T("Analyse budgétaire sur mesure", "Custom budget analysis"),
            T("Analyse des écarts, prévisions de fin d'exercice ou scénarios budgétaires préparés par une conseillère ou un conseiller financier.",
              "Variance analysis, year-end forecasts or budget scenarios prepared by a financial advisor."),
            Target.BusinessDays(10), Cost.PerHour(85m),
            [
                T("Décrire la question à analyser et l'échéance.", "Describe the question to analyse and the deadline."),
                T("Recevoir l'estimation des heures et du coût par écrit.", "Receive the estimated hours and cost in writing."),
                T("Fournir les données de l'unité.", "Provide the unit's data."),
                T("Recevoir l'analyse et en discuter avec la conseillère ou le conseiller.", "Receive the analysis and discuss it with the advisor."),
            ],
            clientSupplies: [T("Données budgétaires de l'unité", "The unit's budget data")]),
        DemoService.Create(
            "finance.purchase-card", "finance",
            T("Émission d'une carte d'achat", "Purchasing card issuance"),
            T("Carte de crédit corporative pour les achats de faible valeur, réservée aux unités qui achètent régulièrement.",
              "Corporate credit card for low-value purchases, for units that buy regularly."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Suivre la formation en ligne sur l'utilisation de la carte.", "Complete the online training on card use."),
                T("Signer l'entente du détenteur de carte.", "Sign the cardholder agreement."),
                T("Récupérer la carte en personne avec une pièce d'identité.", "Pick up the card in person with photo ID."),
            ],
            clientSupplies: [T("Entente du détenteur signée", "Signed cardholder agreement"), T("Approbation du gestionnaire", "Manager's approval")],
            eligibleDepartments: [DemoDepartments.Facilities, DemoDepartments.It, DemoDepartments.Procurement, DemoDepartments.Communications]),
        DemoService.Create(
            "finance.cost-centre", "finance",
            T("Création d'un centre de coûts", "Cost centre creation"),
            T("Ouverture d'un centre de coûts ou d'un code de projet dans le système financier.",
              "Opening a cost centre or project code in the financial system."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Remplir le formulaire de création.", "Fill in the creation form."),
                T("Faire approuver la demande par la direction.", "Have the request approved by the director."),
                T("Recevoir le nouveau numéro par courriel.", "Receive the new number by e-mail."),
            ],
            clientSupplies: [T("Approbation de la direction", "Director's approval")]),
        DemoService.Create(
            "finance.petty-cash", "finance",
            T("Avance de petite caisse", "Petty cash advance"),
            T("Avance en argent comptant pour de menues dépenses, jusqu'à 150 $, à justifier avec les reçus.",
              "A cash advance for small expenses, up to $150, to be justified with receipts."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Remplir le bon de petite caisse.", "Fill in the petty cash voucher."),
                T("Retirer l'avance au comptoir des finances.", "Collect the advance at the finance counter."),
                T("Remettre les reçus et la monnaie dans les 10 jours ouvrables.", "Return the receipts and change within 10 business days."),
            ],
            clientSupplies: [T("Bon de petite caisse signé", "Signed petty cash voucher")]),
    ];
}
