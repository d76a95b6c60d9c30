namespace Catalog.Functional.Tests.Access;

/// <summary>
/// The people the access matrix calls as: nobody, and demo people chosen so that every rule has someone on each
/// side of it. The matrix's request is provided by it and filed by hr; legal is a third department.
/// </summary>
public static class People
{
    public const string Anonymous = "(anonymous)";
    public const string HrRequester = "hr.requester";
    public const string HrManager = "hr.manager";
    public const string ItRequester = "it.requester";
    public const string ItAgent = "it.agent";
    public const string ItManager = "it.manager";
    public const string Administrator = "catalogue.admin";
    public const string Auditor = "org.auditor";
    public const string LegalAgent = "legal.agent";

    /// <summary>Everyone signed in.</summary>
    public static readonly string[] SignedIn = [HrRequester, HrManager, ItRequester, ItAgent, ItManager, Administrator, Auditor, LegalAgent];

    /// <summary>Everyone, the anonymous caller first.</summary>
    public static readonly string[] Everyone = [Anonymous, .. SignedIn];

    /// <summary>Who works it's requests: its agents and managers (the administrator is an it manager).</summary>
    public static readonly string[] ItWorkers = [ItAgent, ItManager, Administrator];

    /// <summary>Everyone of it.</summary>
    public static readonly string[] ItPeople = [ItRequester, .. ItWorkers];

    /// <summary>Everyone of hr.</summary>
    public static readonly string[] HrPeople = [HrRequester, HrManager];

    /// <summary>Who manages it's catalogue, agreements and calendar.</summary>
    public static readonly string[] ItManagers = [ItManager, Administrator];

    /// <summary>Who may see a request from hr to it.</summary>
    public static readonly string[] RequestReaders = [.. HrPeople, .. ItPeople, Auditor];

    /// <summary>Who may take the client's actions on a request from hr to it (the provider's workers may too).</summary>
    public static readonly string[] ClientActors = [.. HrPeople, .. ItWorkers];
}
