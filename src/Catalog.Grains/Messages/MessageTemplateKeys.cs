using Catalog.Domain.Messages;

namespace Catalog.Grains.Messages;

/// <summary>How a template is keyed in the library's state and named in the audit trail. Stored: never change.</summary>
public static class MessageTemplateKeys
{
    /// <summary>"Acknowledgement/fr".</summary>
    public static string Of(MessageSituation situation, string language) => $"{situation}/{language}";

    /// <summary>The audit trail's entity id of a template: "it/Acknowledgement/fr".</summary>
    public static string AuditId(string departmentId, MessageSituation situation, string language) =>
        $"{departmentId}/{situation}/{language}";
}
