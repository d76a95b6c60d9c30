using Catalog.Access;
using Catalog.Audit;
using Catalog.Catalogue;
using Catalog.Domain.Messages;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Sla;
using Catalog.Messages;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Messages;

/// <summary>
/// A provider department's standard messages. Keeps every saved version of each template (audited with the text
/// before and after, through the <see cref="AuditOutbox"/>), and writes a situation's message for one of the
/// department's requests: the rules (placeholders, formats, the follow-up limit) are the domain's
/// (<see cref="MessageRenderer"/>, <see cref="FollowUpRule"/>); this grain gathers what they need.
/// </summary>
[GrainType(MessageGrainTypes.Library)]
public sealed class MessageLibraryGrain(
    [PersistentState(MessageGrainTypes.LibraryState, StorageNames.Catalog)] IPersistentState<MessageLibraryState> state,
    BusinessCalendarCache calendars,
    CatalogClock clock,
    IAuditRecorder audit,
    ILogger<MessageLibraryGrain> logger) : Grain, IMessageLibraryGrain
{
    private AuditOutbox? outbox;

    private string DepartmentId => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => Outbox.TryStoreAsync();

    public async Task<MessageLibrary> GetAsync()
    {
        await DepartmentAsync();
        var templates = Enum.GetValues<MessageSituation>()
            .SelectMany(s => MessageLanguages.All.Select(l => Current(s, l)))
            .ToArray();
        return new MessageLibrary(DepartmentId, templates, MessagePlaceholders.All.ToArray());
    }

    public async Task<MessageTemplate> SetAsync(MessageSituation situation, string language, string text)
    {
        await DepartmentAsync();
        CheckKey(situation, language);
        if (MessageTemplateText.UnknownPlaceholders(text ?? "") is { Count: > 0 })
        {
            throw new MessageRuleException("text", MessageRuleException.UnknownPlaceholder, MessageTemplateText.Problem(text)!);
        }

        if (MessageTemplateText.Problem(text) is { } problem)
        {
            throw new CatalogValidationException("text", problem);
        }

        var before = Current(situation, language);
        var normalized = text!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (before.Version > 0 && before.Text == normalized)
        {
            return before;
        }

        var saved = await SaveAsync(before, normalized, AuditActions.Updated);
        return saved;
    }

    public Task<IReadOnlyList<MessageTemplate>> HistoryAsync(MessageSituation situation, string language)
    {
        CheckKey(situation, language);
        IReadOnlyList<MessageTemplate> versions = state.State.Versions.GetValueOrDefault(MessageTemplateKeys.Of(situation, language), [])
            .Reverse().ToArray();
        return Task.FromResult(versions);
    }

    public async Task<int> SeedAsync(IReadOnlyList<MessageTemplate> templates)
    {
        await DepartmentAsync();
        var saved = 0;
        foreach (var template in templates)
        {
            CheckKey(template.Situation, template.Language);
            var before = Current(template.Situation, template.Language);
            if (before.Version == 0 && MessageTemplateText.Problem(template.Text) is null)
            {
                await SaveAsync(before, template.Text, AuditActions.Created);
                saved++;
            }
        }

        return saved;
    }

    public async Task<MessagePreview> RenderAsync(RequestView request, MessageDraft draft)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(draft);
        if (!string.Equals(request.ProviderDepartmentId, DepartmentId, StringComparison.Ordinal))
        {
            throw new CatalogNotFoundException("request", request.Id);
        }

        if (!Enum.IsDefined(draft.Situation))
        {
            throw new CatalogValidationException("situation", $"Use one of {string.Join(", ", Enum.GetNames<MessageSituation>())}.");
        }

        var directory = GrainFactory.GetDirectory();
        var requester = directory.FindAsync(request.Requester);
        var preferred = directory.GetLanguageAsync(request.Requester);
        var departments = GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        var settings = GrainFactory.GetCalendar(DepartmentId).GetAsync();
        await Task.WhenAll(requester, preferred, departments, settings);

        // The client's language: their own choice; someone who never chose reads English, as problem details do.
        var language = MessageLanguages.Normalize(preferred.Result ?? MessageLanguages.English);
        var calendar = calendars.Get(settings.Result);
        var latest = FollowUpRule.Latest(calendar, request.FiledAt);
        var followUp = draft.FollowUpDate ?? latest;
        if (FollowUpRule.Problem(calendar, request.FiledAt, followUp) is { } problem)
        {
            throw new MessageRuleException("followUpDate", MessageRuleException.FollowUpOutOfRange, problem);
        }

        var clientName = requester.Result?.DisplayName ?? request.Requester;
        var clientDepartment = departments.Result.FirstOrDefault(d => d.Id == request.ClientDepartmentId)?.Name.In(language)
            ?? request.ClientDepartmentId;
        var due = DueAt(request);
        var context = new MessageContext(
            clientName,
            clientDepartment,
            request.ServiceName.In(language),
            request.Id,
            due,
            calendar.TimeZone,
            draft.QuoteAmount ?? Quoted(request)?.Amount,
            !string.IsNullOrWhiteSpace(draft.QuoteCurrency) ? draft.QuoteCurrency : Quoted(request)?.Currency ?? "CAD",
            followUp);
        var template = Current(draft.Situation, language);
        return new MessagePreview(
            request.Id,
            draft.Situation,
            language,
            MessageRenderer.Render(template.Text, language, context),
            template.Version,
            clientName,
            followUp,
            latest,
            due,
            settings.Result.TimeZoneId);
    }

    /// <summary>The resolution clock's due instant; else the soonest due instant of a running clock; else null.</summary>
    internal static DateTimeOffset? DueAt(RequestView request) =>
        request.Clocks.FirstOrDefault(c => c.Kind == ClockKind.Resolution && c.DueAt is not null)?.DueAt
        ?? request.Clocks.Where(c => c.State == ClockRunState.Running && c.DueAt is not null).Min(c => c.DueAt);

    private MessageTemplate Current(MessageSituation situation, string language) =>
        state.State.Versions.TryGetValue(MessageTemplateKeys.Of(situation, language), out var versions) && versions.Length > 0
            ? versions[^1]
            : new MessageTemplate(situation, language, StandardMessages.Default.First(t => t.Situation == situation && t.Language == language).Text, 0);

    private async Task<MessageTemplate> SaveAsync(MessageTemplate before, string text, string action)
    {
        var caller = CallerContext.Current;
        var saved = before with
        {
            Text = text,
            Version = before.Version + 1,
            UpdatedAt = clock.GetUtcNow(),
            UpdatedBy = caller.UserId,
        };
        var key = MessageTemplateKeys.Of(before.Situation, before.Language);
        state.State.Versions[key] = [.. state.State.Versions.GetValueOrDefault(key, []), saved];
        Outbox.Add(
            AuditEntityTypes.MessageTemplate,
            MessageTemplateKeys.AuditId(DepartmentId, before.Situation, before.Language),
            action,
            new AuditChangeList()
                .Add("text", before.Version == 0 ? null : before.Text, text)
                .Add("version", before.Version == 0 ? null : before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .ToList());
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call.
            DeactivateOnIdle();
            throw;
        }

        await Outbox.StoreAsync();
        return saved;
    }

    private static void CheckKey(MessageSituation situation, string language)
    {
        if (!Enum.IsDefined(situation))
        {
            throw new CatalogValidationException("situation", $"Use one of {string.Join(", ", Enum.GetNames<MessageSituation>())}.");
        }

        if (!MessageLanguages.IsKnown(language))
        {
            throw new CatalogValidationException("language", "Use \"fr\" or \"en\".");
        }
    }

    /// <summary>Throws <see cref="CatalogNotFoundException"/> unless the department exists.</summary>
    private async Task DepartmentAsync()
    {
        var departments = await GrainFactory.GetCatalogueIndex().ListDepartmentsAsync();
        if (!departments.Any(d => d.Id == DepartmentId))
        {
            throw new CatalogNotFoundException("department", DepartmentId);
        }
    }

    // The quote the message speaks of: the one the client accepted, else the one waiting for them.
    private static QuoteRecord? Quoted(RequestView request) =>
        request.Quotes?.LastOrDefault(q => q.Status is Domain.Requests.QuoteStatus.Accepted or Domain.Requests.QuoteStatus.Proposed);
}
