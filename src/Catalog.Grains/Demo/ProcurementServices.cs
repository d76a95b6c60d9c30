using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Procurement.</summary>
internal static class ProcurementServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "procurement.office-supplies", "procurement",
            T("Commande de fournitures de bureau en stock", "Order of office supplies in stock"),
            T("Papeterie, cartouches d'encre et petites fournitures disponibles au magasin central, imputées au prix coûtant.",
              "Stationery, ink cartridges and small supplies available at the central store, charged at cost."),
            Target.BusinessDays(2), Cost.Free,
            [
                T("Choisir les articles dans le catalogue du magasin.", "Choose the items in the store catalogue."),
                T("Indiquer le centre de coûts et le lieu de livraison.", "Give the cost centre and delivery location."),
                T("Recevoir la livraison au bureau de l'unité.", "Receive the delivery at the unit's office."),
            ],
            clientSupplies: [T("Numéro du centre de coûts", "Cost centre number")],
            standards: [DemoStandards.StockOrderDone]),
        DemoService.Create(
            "procurement.quote-request", "procurement",
            T("Demande de prix auprès de fournisseurs", "Request for supplier quotes"),
            T("Obtention d'au moins trois soumissions écrites pour un achat de biens ou de services de moins de 25 000 $.",
              "Obtaining at least three written quotes for a purchase of goods or services under $25,000."),
            Target.BusinessDays(10), Cost.Free,
            [
                T("Décrire le besoin et les spécifications.", "Describe the need and the specifications."),
                T("Suggérer des fournisseurs, au besoin.", "Suggest suppliers, if any."),
                T("Choisir la soumission retenue avec l'agente ou l'agent d'approvisionnement.", "Choose the winning quote with the procurement officer."),
            ],
            clientSupplies: [T("Spécifications techniques", "Technical specifications"), T("Budget disponible", "Available budget")]),
        DemoService.Create(
            "procurement.call-for-tenders", "procurement",
            T("Appel d'offres public", "Public call for tenders"),
            T("Préparation, publication et analyse d'un appel d'offres public pour un achat de 25 000 $ ou plus, réservée aux unités qui gèrent un budget d'immobilisations.",
              "Preparing, publishing and evaluating a public call for tenders for a purchase of $25,000 or more, for units that manage a capital budget."),
            Target.BusinessDays(40), Cost.Fixed(750m),
            [
                T("Rencontrer l'agente ou l'agent d'approvisionnement pour définir la stratégie.", "Meet the procurement officer to set the strategy."),
                T("Rédiger le devis technique.", "Write the technical specifications."),
                T("Former le comité d'évaluation.", "Form the evaluation committee."),
                T("Approuver l'adjudication du contrat.", "Approve the contract award."),
            ],
            clientSupplies: [T("Devis technique", "Technical specifications"), T("Approbation de la direction", "Director's approval")],
            eligibleDepartments: [DemoDepartments.It, DemoDepartments.Facilities, DemoDepartments.Communications]),
        DemoService.Create(
            "procurement.supplier-registration", "procurement",
            T("Inscription d'un nouveau fournisseur", "New supplier registration"),
            T("Ajout d'un fournisseur au fichier des fournisseurs après vérification de ses renseignements fiscaux et bancaires.",
              "Adding a supplier to the supplier file after checking its tax and banking information."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Transmettre le formulaire rempli par le fournisseur.", "Send the form filled in by the supplier."),
                T("Joindre les numéros de TPS et de TVQ.", "Attach the GST and QST numbers."),
                T("Recevoir le numéro de fournisseur.", "Receive the supplier number."),
            ],
            clientSupplies: [T("Formulaire du fournisseur", "Supplier form"), T("Spécimen de chèque du fournisseur", "Supplier's void cheque")]),
        DemoService.Create(
            "procurement.purchase-order", "procurement",
            T("Émission d'un bon de commande", "Purchase order issuance"),
            T("Émission d'un bon de commande à un fournisseur inscrit, après vérification des fonds disponibles.",
              "Issuing a purchase order to a registered supplier, after checking that funds are available."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Remplir la réquisition d'achat.", "Fill in the purchase requisition."),
                T("Faire approuver la réquisition selon les délégations.", "Have the requisition approved under the delegations."),
                T("Recevoir le bon de commande et le transmettre au fournisseur.", "Receive the purchase order and send it to the supplier."),
            ],
            clientSupplies: [T("Réquisition d'achat approuvée", "Approved purchase requisition")]),
    ];
}
