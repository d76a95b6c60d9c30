using Catalog.Catalogue;
using static Catalog.Grains.Demo.DemoText;

namespace Catalog.Grains.Demo;

/// <summary>The demo services of Facilities.</summary>
internal static class FacilitiesServices
{
    public static IReadOnlyList<ServiceDraft> All { get; } =
    [
        DemoService.Create(
            "facilities.office-move", "moving",
            T("Déménagement de bureau", "Office move"),
            T("Déménagement du mobilier, des boîtes et du matériel d'un ou de plusieurs postes de travail dans l'immeuble.",
              "Moving the furniture, boxes and equipment of one or more workstations within the building."),
            Target.BusinessDays(10), Cost.PerHour(65m),
            [
                T("Fournir le plan des locaux avec l'emplacement de départ et d'arrivée.", "Provide the floor plan with the starting and new locations."),
                T("Recevoir l'estimation du coût par écrit avant le déménagement.", "Receive the cost estimate in writing before the move."),
                T("Emballer et étiqueter les effets personnels.", "Pack and label personal belongings."),
                T("Vérifier l'installation le jour suivant.", "Check the new setup the next day."),
            ],
            equipment: [T("Chariots et bacs de déménagement", "Dollies and moving crates"), T("Étiquettes de couleur", "Colour labels")],
            clientSupplies: [T("Plan des locaux", "Floor plan"), T("Boîtes emballées et étiquetées", "Packed and labelled boxes")]),
        DemoService.Create(
            "facilities.furniture-order", "facilities",
            T("Commande de mobilier en stock", "Order of furniture in stock"),
            T("Chaises ergonomiques, classeurs, lampes et tables d'appoint disponibles en entrepôt.",
              "Ergonomic chairs, filing cabinets, lamps and side tables available in the warehouse."),
            Target.BusinessDays(2), Cost.PerUnit(120m, T("meuble", "piece")),
            [
                T("Choisir les meubles dans le catalogue de l'entrepôt.", "Choose the furniture in the warehouse catalogue."),
                T("Indiquer le local de livraison.", "Give the delivery room number."),
                T("Être présent pour la livraison.", "Be there for the delivery."),
            ],
            equipment: [T("Mobilier standard en entrepôt", "Standard furniture in the warehouse")],
            clientSupplies: [T("Numéro du centre de coûts", "Cost centre number")],
            standards: [DemoStandards.StockOrderDone]),
        DemoService.Create(
            "facilities.repair", "facilities",
            T("Réparation et entretien des locaux", "Building repair and maintenance"),
            T("Plomberie, électricité, chauffage, climatisation, serrures et petits travaux dans les locaux de l'organisation.",
              "Plumbing, electrical, heating, air conditioning, locks and small jobs in the organisation's premises."),
            Target.BusinessDays(5), Cost.Free,
            [
                T("Décrire le problème et le local touché.", "Describe the problem and the room affected."),
                T("Signaler immédiatement par téléphone toute urgence (fuite, panne).", "Report any emergency (leak, outage) by phone right away."),
                T("Donner accès au local au technicien.", "Give the technician access to the room."),
            ],
            clientSupplies: [T("Photo du problème, si possible", "A photo of the problem, if possible")]),
        DemoService.Create(
            "facilities.access-card", "access",
            T("Carte d'accès à l'immeuble", "Building access card"),
            T("Carte d'identité avec photo donnant accès à l'immeuble et aux zones autorisées.",
              "Photo ID card giving access to the building and authorized areas."),
            Target.BusinessDays(2), Cost.Fixed(15m),
            [
                T("Faire approuver les zones d'accès par votre gestionnaire.", "Have your manager approve the access areas."),
                T("Se présenter au bureau de la sécurité pour la photo.", "Go to the security office for the photo."),
                T("Récupérer la carte et signer le registre.", "Pick up the card and sign the register."),
            ],
            equipment: [T("Imprimante de cartes et appareil photo", "Card printer and camera")],
            clientSupplies: [T("Pièce d'identité avec photo", "Photo ID"), T("Approbation du gestionnaire", "Manager's approval")]),
        DemoService.Create(
            "facilities.room-setup", "events",
            T("Aménagement d'une salle pour une réunion ou un événement", "Room setup for a meeting or event"),
            T("Disposition des tables et des chaises, estrade, lutrin et système de son pour une réunion, une formation ou un événement.",
              "Arranging tables and chairs, stage, lectern and sound system for a meeting, training session or event."),
            Target.BusinessDays(5), Cost.Fixed(150m),
            [
                T("Réserver la salle et indiquer le nombre de participants.", "Book the room and give the number of participants."),
                T("Choisir la disposition souhaitée.", "Choose the layout you want."),
                T("Confirmer l'aménagement la veille de l'événement.", "Confirm the setup the day before the event."),
            ],
            equipment: [T("Tables pliantes et chaises", "Folding tables and chairs"), T("Lutrin et système de son portatif", "Lectern and portable sound system")],
            clientSupplies: [T("Plan de salle souhaité", "Preferred room layout")]),
        DemoService.Create(
            "facilities.parking", "facilities",
            T("Place de stationnement réservée", "Reserved parking space"),
            T("Attribution d'une place de stationnement intérieure, selon les disponibilités et la liste d'attente.",
              "Assignment of an indoor parking space, subject to availability and the waiting list."),
            Target.BusinessDays(5), Cost.PerUnit(85m, T("mois", "month")),
            [
                T("S'inscrire sur la liste d'attente.", "Sign up for the waiting list."),
                T("Accepter l'offre de place et le tarif mensuel par écrit.", "Accept the space offer and the monthly rate in writing."),
                T("Autoriser la retenue sur la paie.", "Authorize the payroll deduction."),
            ],
            clientSupplies: [T("Numéro de plaque d'immatriculation", "Licence plate number")]),
    ];
}
