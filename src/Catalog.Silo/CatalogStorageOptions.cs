namespace Catalog.Silo;

/// <summary>
/// The tables of a deployment, all in the account of the "Tables" connection string. Bound from the "Storage"
/// configuration section; tests give each platform its own tables.
/// </summary>
public sealed class CatalogStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>Grain state (the official Orleans provider): catalogue, requests, agreements, stream subscriptions.</summary>
    public string GrainStateTable { get; set; } = "CatalogGrainState";

    /// <summary>The request index: queues and pending deadlines (Catalog's own table).</summary>
    public string RequestIndexTable { get; set; } = "RequestIndex";

    /// <summary>The scorecards' facts: one row per request, survey and complaint, per provider (Catalog's own table).</summary>
    public string RequestFactsTable { get; set; } = "RequestFacts";

    /// <summary>The audit trail: append only, one partition per UTC day (Catalog's own table).</summary>
    public string AuditTable { get; set; } = "catalogaudit";

    /// <summary>Satisfaction surveys: one row per offered survey, with its answer (Catalog's own table).</summary>
    public string SurveyTable { get; set; } = "SurveyAnswers";

    /// <summary>Cluster membership and the web tier's gateway list (the official Orleans provider).</summary>
    public string ClusterTable { get; set; } = "CatalogSilos";

    /// <summary>Durable reminders (the official Orleans provider).</summary>
    public string RemindersTable { get; set; } = "CatalogReminders";
}
