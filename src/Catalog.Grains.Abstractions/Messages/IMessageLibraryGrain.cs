using Catalog.Domain.Messages;
using Catalog.Requests;
using Orleans.Concurrency;

namespace Catalog.Messages;

/// <summary>
/// A provider department's library of standard messages (key = department id): one template per situation and
/// language. Until the department saves its own, a situation reads the standard text (version 0). Access is
/// checked by the caller (managers and catalogue administrators edit; the department's agents read).
/// </summary>
public interface IMessageLibraryGrain : IGrainWithStringKey
{
    /// <summary>Every situation in French and English, the department's text where it saved one.</summary>
    [ReadOnly]
    Task<MessageLibrary> GetAsync();

    /// <summary>
    /// Saves a new version of one template, audited with its before and after text. Throws
    /// <see cref="MessageRuleException"/> for an unknown placeholder, <see cref="Errors.CatalogValidationException"/>
    /// for an empty or too long text or a language other than fr and en, <see cref="Errors.CatalogNotFoundException"/>
    /// for an unknown department.
    /// </summary>
    Task<MessageTemplate> SetAsync(MessageSituation situation, string language, string text);

    /// <summary>Every saved version of one template, newest first (empty while it is the standard text).</summary>
    [ReadOnly]
    Task<IReadOnlyList<MessageTemplate>> HistoryAsync(MessageSituation situation, string language);

    /// <summary>Saves these templates where the department has none yet (the demo's library); returns how many it saved.</summary>
    Task<int> SeedAsync(IReadOnlyList<MessageTemplate> templates);

    /// <summary>
    /// Writes the situation's message for <paramref name="request"/> (one of this department's) in its requester's
    /// language. Throws <see cref="MessageRuleException"/> for a follow-up date out of range.
    /// </summary>
    Task<MessagePreview> RenderAsync(RequestView request, MessageDraft draft);
}
