namespace Catalog.Domain.Messages;

/// <summary>
/// The placeholders a template may hold, written <c>{name}</c>; any other <c>{word}</c> is refused when a template
/// is saved, so a typo never reaches a client as "{clinet}".
/// </summary>
public static class MessagePlaceholders
{
    /// <summary>The client: the requester's name and their department, "Marie Tremblay (Human Resources)".</summary>
    public const string Client = "client";

    /// <summary>The requester's name alone.</summary>
    public const string ClientName = "clientName";

    /// <summary>The client department's name alone.</summary>
    public const string ClientDepartment = "clientDepartment";

    /// <summary>The service's name.</summary>
    public const string Service = "service";

    /// <summary>The request number ("IT-000123").</summary>
    public const string RequestNumber = "requestNumber";

    /// <summary>When the request is due, in the provider department's time zone.</summary>
    public const string DueDate = "dueDate";

    /// <summary>The quote's amount, "—" when the request has none.</summary>
    public const string QuoteAmount = "quoteAmount";

    /// <summary>The date the provider will follow up by (at most 5 business days after receipt).</summary>
    public const string FollowUpDate = "followUpDate";

    /// <summary>Every placeholder, in the order the library page lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Client, ClientName, ClientDepartment, Service, RequestNumber, DueDate, QuoteAmount, FollowUpDate];

    /// <summary>Whether <paramref name="name"/> is a placeholder (case-sensitive, as written in templates).</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);
}
