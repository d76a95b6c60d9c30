using Catalog.Audit;
using Catalog.Grains.Audit;
using Catalog.Messages;

namespace Catalog.Grains.Messages;

/// <summary>The stored state of a department's library: every saved version of each template, oldest first.</summary>
[GenerateSerializer, Alias("catalog.MessageLibraryState")]
public sealed class MessageLibraryState : IAuditOutboxState
{
    /// <summary>Versions by template key (<see cref="MessageTemplateKeys.Of"/>), oldest first.</summary>
    [Id(0)]
    public Dictionary<string, MessageTemplate[]> Versions { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    [Id(1)]
    public AuditEntry[] PendingAudit { get; set; } = [];
}
