namespace Catalog.Audit;

/// <summary>The kinds of things the audit trail records changes to. Stored: never rename.</summary>
public static class AuditEntityTypes
{
    /// <summary>A request (filing and every action on it).</summary>
    public const string Request = "request";

    /// <summary>A catalogue service entry.</summary>
    public const string Service = "service";

    /// <summary>A department of the organisation.</summary>
    public const string Department = "department";

    /// <summary>A service-level agreement.</summary>
    public const string Agreement = "agreement";

    /// <summary>A department's business calendar.</summary>
    public const string Calendar = "calendar";

    /// <summary>A person's department and roles.</summary>
    public const string User = "user";

    /// <summary>A department's approval rule and substitutes.</summary>
    public const string ApprovalSettings = "approval-settings";

    /// <summary>One standard message of a department's library (id "it/Acknowledgement/fr").</summary>
    public const string MessageTemplate = "message-template";

    /// <summary>A complaint (filing, acknowledgement, answer, resolution, escalation).</summary>
    public const string Complaint = "complaint";

    /// <summary>A department's complaint standard, or the organisation's complaint roles (officers, heads).</summary>
    public const string ComplaintPolicy = "complaint-policy";

    /// <summary>Every type, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Request, Service, Department, Agreement, Calendar, User, ApprovalSettings, MessageTemplate, Complaint, ComplaintPolicy];
}
