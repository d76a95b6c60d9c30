namespace Catalog.Complaints;

/// <summary>
/// Where complaint events travel: the live stream provider (<see cref="Requests.StreamNames.Live"/>), in a namespace
/// of their own. Part of stored subscriptions: never rename.
/// </summary>
public static class ComplaintStreams
{
    /// <summary>The namespace of complaint events.</summary>
    public const string Namespace = "complaints";

    /// <summary>The one stream of the organisation's complaint events.</summary>
    public const string OrganisationKey = "all";
}
