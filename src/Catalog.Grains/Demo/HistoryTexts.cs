namespace Catalog.Grains.Demo;

/// <summary>The words of the demo's past: request details, comments, reasons and survey remarks, in French and English.</summary>
internal static class HistoryTexts
{
    public static readonly string[] DetailsFr =
        ["pour la nouvelle employée", "bureau 4.12", "dossier de l'équipe de paie", "avant la fin du mois", "pour le projet Horizon",
         "demande de la direction", "poste du 3e étage", "pour le comité de santé et sécurité", "renouvellement annuel", "pour la réunion de jeudi"];

    public static readonly string[] DetailsEn =
        ["for the new analyst", "office 2.08", "month-end team", "before the audit", "for the Horizon project",
         "requested by the director", "third-floor workstation", "for the safety committee", "annual renewal", "for Thursday's meeting"];

    public static string Detail(string language, Random random) =>
        language == "fr" ? DetailsFr[random.Next(DetailsFr.Length)] : DetailsEn[random.Next(DetailsEn.Length)];

    public static string FirstAnswer(string language) => language == "fr"
        ? "Votre demande est prise en charge; nous vous écrirons dès qu'elle sera traitée."
        : "Your request is in hand; we will write as soon as it is done.";

    public static readonly string[] NeedsFr =
        ["Formation Excel avancée pour l'équipe", "Formation sur les tableaux croisés Excel", "Bureaux assis-debout pour l'équipe",
         "Bureau assis-debout ergonomique", "Traduction d'un guide en anglais", "Traduction de la politique de télétravail"];

    public static readonly string[] NeedsEn =
        ["Advanced Excel training for the team", "Excel pivot table training", "Standing desks for the team",
         "Ergonomic standing desk", "Translation of a guide into French", "Translation of the remote work policy"];

    /// <summary>A need the catalogue does not cover, as a client writes it on an "Other request".</summary>
    public static string Need(string language, Random random) =>
        language == "fr" ? NeedsFr[random.Next(NeedsFr.Length)] : NeedsEn[random.Next(NeedsEn.Length)];

    public static string MissingInformation(string language) => language == "fr"
        ? "Il nous manque le numéro de centre de coûts et l'approbation de votre gestionnaire."
        : "We need the cost centre number and your manager's approval.";

    public static string Covers(string language, string title) => language == "fr"
        ? $"Travail et fournitures pour : {title}"
        : $"Work and supplies for: {title}";

    public static string DeclineReason(string language) => language == "fr"
        ? "Trop cher pour notre budget de ce trimestre."
        : "Too expensive for this quarter's budget.";

    public static string RequoteReason(string language) => language == "fr"
        ? "Portée réduite à la demande du client."
        : "Scope reduced at the client's request.";

    public const string ApprovalRejected = "Not justified: the standard applies to every client department.";

    public const string ApprovalSubstitute = "Approved while the manager is on leave.";

    public static string Accommodation(ApprovalKind kind) => kind switch
    {
        ApprovalKind.Waiver => "Waive the rush fee: the delay was ours.",
        ApprovalKind.Discount => "Discount for a second item ordered the same week.",
        _ => "Exception to the two-day notice for an urgent hire.",
    };

    public const string TransferToManager = "Needs the manager's sign-off on access rights.";

    public const string TransferBack = "Back to the agent: the manager's part is done (second transfer, counted).";

    public const string TransferWrongProvider = "Filed with the wrong provider: this belongs to another department.";

    public static readonly string[] ResolvedFr = ["C'est fait, merci de votre patience.", "Terminé; voir la pièce jointe.", "Réglé ce matin."];

    public static readonly string[] ResolvedEn = ["Done, thank you for your patience.", "Completed; see the attachment.", "Sorted this morning."];

    public static readonly string[] GoodComments = ["Rapide et clair, merci!", "Very helpful agent.", "Exactly what we needed.", "Service impeccable."];

    public static readonly string[] PoorComments = ["Trop long pour une demande simple.", "Took far longer than promised.", "Nobody told us about the delay."];

    public static string Complaint(Domain.Complaints.ComplaintCause cause, string language) => (cause, language) switch
    {
        (Domain.Complaints.ComplaintCause.Delay, "fr") => "La demande a dépassé le délai promis sans qu'on nous prévienne.",
        (Domain.Complaints.ComplaintCause.Delay, _) => "The request went past the promised delay and nobody warned us.",
        (Domain.Complaints.ComplaintCause.Cost, "fr") => "Le prix proposé ne correspond pas au catalogue.",
        (Domain.Complaints.ComplaintCause.Cost, _) => "The quoted price does not match the catalogue.",
        (_, "fr") => "Le travail a dû être refait une deuxième fois.",
        _ => "The work had to be done a second time.",
    };

    public const string ComplaintAnswer = "We looked into it and explained the cause to the client; the team has been briefed.";

    public const string ComplaintEscalatedAnswer = "Handled by the department head after the complaint escalated; a credit was granted.";
}

/// <summary>The accommodations the demo's agents ask for.</summary>
internal enum ApprovalKind
{
    Waiver,
    Discount,
    Exception,
}
