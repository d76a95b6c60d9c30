namespace Catalog.Requests;

/// <summary>Names of the live event stream. Part of stored subscriptions: never rename.</summary>
public static class StreamNames
{
    /// <summary>The stream provider carrying request and SLA events to the web tier.</summary>
    public const string Live = "live";

    /// <summary>The namespace of request events.</summary>
    public const string RequestsNamespace = "requests";

    /// <summary>The one stream of the organisation's request events (consumers filter by department).</summary>
    public const string OrganisationKey = "all";
}
