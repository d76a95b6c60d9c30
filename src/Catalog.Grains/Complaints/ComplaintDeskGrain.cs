using Catalog.Audit;
using Catalog.Complaints;
using Catalog.Domain.Access;
using Catalog.Domain.Calendars;
using Catalog.Domain.Complaints;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Sla;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.Logging;

namespace Catalog.Grains.Complaints;

/// <summary>
/// One provider department's complaints desk (key = department id). It files, shows and works the department's
/// complaints under the rules of <see cref="ComplaintAccess"/>, and moves them up the escalation path by themselves
/// (<see cref="ComplaintEscalations"/>: each level gets the standard's windows from the instant it is reached, and a
/// missed deadline passes the complaint up at that deadline's instant).
/// <list type="bullet">
/// <item>While a complaint can still escalate, a grain timer every <see cref="TickPeriod"/> compares the next
/// deadlines with <see cref="CatalogClock"/> (so fake and accelerated clocks work) and keeps the desk active; a
/// durable reminder (<see cref="EscalationReminder"/>, every minute, in the reminders table) activates the desk again
/// after a silo restart or loss. Either way an escalation is recorded at the instant it should have happened, even
/// when noticed late, and several missed levels are applied one after the other.</item>
/// <item>Every change is audited (<see cref="AuditEntityTypes.Complaint"/>): filing and actions as the person who
/// made them, escalations as the system. Then the change goes out on the live stream
/// (<see cref="ComplaintStreams"/>); an event lost with a silo is made good by the page's next load.</item>
/// </list>
/// </summary>
[GrainType(ComplaintGrainTypes.Desk)]
public sealed partial class ComplaintDeskGrain(
    [PersistentState(ComplaintGrainTypes.DeskState, StorageNames.Catalog)] IPersistentState<ComplaintDeskState> state,
    CatalogClock clock,
    BusinessCalendarCache calendarCache,
    IAuditRecorder audit,
    ILogger<ComplaintDeskGrain> logger) : Grain, IComplaintDeskGrain, IComplaintHistoryGrain, IRemindable
{
    /// <summary>The durable reminder that wakes a desk with complaints that can still escalate. Never rename it.</summary>
    public const string EscalationReminder = "escalations";

    /// <summary>How often the reminder fires; Orleans' shortest reminder period.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    /// <summary>How often the timer looks at the deadlines while the desk is active.</summary>
    public static readonly TimeSpan TickPeriod = TimeSpan.FromSeconds(1);

    // The calendar is read again from its grain at most this often (a change applies within it).
    private static readonly TimeSpan CalendarLifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(5);

    private AuditOutbox? outbox;
    private IGrainTimer? ticker;
    private bool? reminderRegistered;
    private BusinessCalendar? calendar;
    private long calendarLoadedAt;

    private string Provider => this.GetPrimaryKeyString();

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    private ComplaintStandardSettings Standard => state.State.Standard
        ?? new ComplaintStandardSettings(ComplaintStandard.Default.AcknowledgeDays, ComplaintStandard.Default.AnswerDays, IsDefault: true);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Outbox.TryStoreAsync();
        await WatchAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => CheckEscalationsAsync();

    public async Task<ComplaintView> FileAsync(Viewer viewer, ComplaintFiling filing)
    {
        var (complaint, calendarNow, now) = await FileAtAsync(viewer, filing, clock.GetUtcNow(), audited: true);
        return ComplaintViews.View(complaint, Provider, viewer, await RolesAsync(), calendarNow, now);
    }

    public async Task<ComplaintView> ReplayAsync(Viewer filer, ComplaintFiling filing, DateTimeOffset filedAt, IReadOnlyList<ComplaintHistoryStep> steps)
    {
        ArgumentNullException.ThrowIfNull(filer);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(steps);
        var now = clock.GetUtcNow();
        if (filedAt > now || steps.Any(s => s.At > now || s.At < filedAt) || steps.Zip(steps.Skip(1)).Any(p => p.Second.At < p.First.At))
        {
            throw new ArgumentException("A replayed complaint's steps are in time order, from its filing, and none after now.", nameof(steps));
        }

        var roles = await RolesAsync();
        var complaint = state.State.Complaints.Find(c =>
            c.FiledAt == filedAt && string.Equals(c.FiledBy, filer.UserId, StringComparison.Ordinal) && c.RequestId == filing.RequestId);
        if (complaint is null)
        {
            (complaint, _, _) = await FileAtAsync(filer, filing, filedAt, audited: false);
            foreach (var step in steps)
            {
                await ActAtAsync(step.Actor, roles, complaint, step.Command, step.At, audited: false);
            }

            // Whatever fell due after its last step happens now, at its own instants.
            await CheckEscalationsAsync();
        }

        return ComplaintViews.View(complaint, Provider, filer, roles, await CalendarAsync(), now);
    }

    private async Task<(ComplaintRecord Complaint, BusinessCalendar Calendar, DateTimeOffset Now)> FileAtAsync(
        Viewer viewer, ComplaintFiling filing, DateTimeOffset now, bool audited)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filing);
        if (!ComplaintAccess.CanComplainAboutRequest(viewer, filing.ClientDepartmentId))
        {
            throw new CatalogForbiddenException($"You complain for your own department ('{viewer.DepartmentId}') only.");
        }

        var text = ComplaintTexts.Required("text", filing.Text);
        if (!Enum.IsDefined(filing.Cause))
        {
            throw new CatalogValidationException("cause", $"Use one of {string.Join(", ", Enum.GetNames<ComplaintCause>())}.");
        }

        var calendarNow = await CalendarAsync();
        var standard = new ComplaintStandard(Standard.AcknowledgeDays, Standard.AnswerDays);
        var complaint = new ComplaintRecord
        {
            Id = ComplaintIds.Format(Provider, state.State.LastNumber + 1),
            ClientDepartmentId = filing.ClientDepartmentId,
            ServiceId = filing.ServiceId,
            ServiceName = filing.ServiceName,
            RequestId = filing.RequestId,
            FiledBy = viewer.UserId,
            Cause = filing.Cause,
            Text = text,
            FiledAt = now,
            AcknowledgeDays = standard.AcknowledgeDays,
            AnswerDays = standard.AnswerDays,
            AcknowledgeDueAt = standard.AcknowledgeBy(calendarNow, now),
            AnswerDueAt = standard.AnswerBy(calendarNow, now),
            Level = ComplaintLevel.Agent,
            LevelReachedAt = now,
        };
        state.State.LastNumber++;
        state.State.Complaints.Add(complaint);
        if (audited)
        {
            Outbox.Add(AuditEntityTypes.Complaint, complaint.Id, ComplaintAuditActions.Filed, ComplaintViews.Filing(complaint));
        }

        await SaveAsync([ComplaintViews.Event("filed", complaint, Provider, now, viewer.UserId)]);
        await WatchAsync();
        return (complaint, calendarNow, now);
    }

    public async Task<ComplaintView> GetAsync(Viewer viewer, string complaintId)
    {
        var roles = await RolesAsync();
        var complaint = Visible(viewer, roles, complaintId);
        return ComplaintViews.View(complaint, Provider, viewer, roles, await CalendarAsync(), clock.GetUtcNow());
    }

    public async Task<IReadOnlyList<ComplaintView>> ListAsync(Viewer viewer, bool openOnly)
    {
        var roles = await RolesAsync();
        var all = ComplaintAccess.SeesDepartment(viewer, roles, Provider);
        var (calendarNow, now) = (await CalendarAsync(), clock.GetUtcNow());
        return state.State.Complaints
            .Where(c => (all || string.Equals(c.FiledBy, viewer.UserId, StringComparison.Ordinal)) && (!openOnly || c.ResolvedAt is null))
            .Reverse()
            .Select(c => ComplaintViews.View(c, Provider, viewer, roles, calendarNow, now))
            .ToArray();
    }

    public async Task<ComplaintView> ActAsync(Viewer viewer, string complaintId, ComplaintCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var roles = await RolesAsync();
        var complaint = Visible(viewer, roles, complaintId);

        // What was due happens first, at its own instant: an action after a missed deadline meets the next level.
        await CheckEscalationsAsync();
        var now = clock.GetUtcNow();
        await ActAtAsync(viewer, roles, complaint, command, now, audited: true);
        return ComplaintViews.View(complaint, Provider, viewer, roles, await CalendarAsync(), now);
    }

    private async Task ActAtAsync(Viewer viewer, ComplaintRoles roles, ComplaintRecord complaint, ComplaintCommand command, DateTimeOffset now, bool audited)
    {
        if (!audited)
        {
            // A replayed step: the escalations due before it happen first, as a live action's do.
            await EscalateAsync(now);
        }

        if (!ComplaintAccess.CanWork(viewer, roles, Provider, complaint.Level))
        {
            throw new CatalogForbiddenException(
                $"{complaint.Id} is held at level {complaint.Level}: only its holders at that level or above may act on it.");
        }

        var allowed = ComplaintViews.Allowed(complaint.Status);
        if (!allowed.Contains(command.Action))
        {
            throw new CatalogConflictException(
                $"Complaint {complaint.Id} is {complaint.Status}: {command.Action} is not possible now.", allowed.Select(a => a.ToString()).ToArray());
        }

        var before = complaint.Status;
        var changes = ComplaintTexts.Apply(complaint, command, viewer.UserId, now);
        changes.Insert(0, new AuditChange("status", before.ToString(), complaint.Status.ToString()));
        if (audited)
        {
            Outbox.Add(AuditEntityTypes.Complaint, complaint.Id, command.Action.ToString(), changes);
        }

        var type = command.Action switch
        {
            ComplaintAction.Acknowledge => "acknowledged",
            ComplaintAction.Answer => "answered",
            _ => "resolved",
        };
        await SaveAsync([ComplaintViews.Event(type, complaint, Provider, now, viewer.UserId)]);
        await WatchAsync();
    }

    public Task<ComplaintStandardSettings> GetStandardAsync() => Task.FromResult(Standard);

    public async Task<ComplaintStandardSettings> SetStandardAsync(Viewer viewer, ComplaintStandardSettings standard)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(standard);
        if (!ComplaintAccess.CanSetStandard(viewer, Provider))
        {
            throw new CatalogForbiddenException($"Only managers of '{Provider}' and catalogue administrators change its complaint standard.");
        }

        var errors = new ComplaintStandard(standard.AcknowledgeDays, standard.AnswerDays).Validate();
        if (errors.Count > 0)
        {
            throw new CatalogValidationException(errors);
        }

        var before = Standard;
        state.State.Standard = standard with { IsDefault = false };
        Outbox.Add(AuditEntityTypes.ComplaintPolicy, Provider, ComplaintAuditActions.StandardSet,
        [
            new AuditChange("acknowledgeDays", Days(before.AcknowledgeDays), Days(standard.AcknowledgeDays)),
            new AuditChange("answerDays", Days(before.AnswerDays), Days(standard.AnswerDays)),
        ]);
        await SaveAsync([]);
        return Standard;
    }

    public Task<IReadOnlyList<ComplaintFact>> FactsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        IReadOnlyList<ComplaintFact> facts = state.State.Complaints
            .Where(c => c.FiledAt >= from && c.FiledAt < to)
            .Select(c => c.ToFact(Provider))
            .ToArray();
        return Task.FromResult(facts);
    }

    public Task CheckEscalationsAsync() => EscalateAsync(clock.GetUtcNow());

    // Applies the escalations due by now (Catalog's now, or a replayed step's instant).
    private async Task EscalateAsync(DateTimeOffset now)
    {
        var calendarNow = await CalendarAsync();
        var events = new List<ComplaintEvent>();
        foreach (var complaint in state.State.Complaints.Where(c => c.Progress.Running && c.Level < ComplaintLevel.ComplaintsOfficer))
        {
            var steps = ComplaintEscalations.Due(complaint.Progress, complaint.Standard, calendarNow, now);
            foreach (var step in steps)
            {
                var record = new ComplaintStep(step.From, step.To, step.At, step.Missed);
                complaint.Level = step.To;
                complaint.LevelReachedAt = step.At;
                complaint.Escalations = [.. complaint.Escalations, record];
                AddAsSystem(complaint.Id, ComplaintViews.Escalation(record));
                events.Add(ComplaintViews.Event("escalated", complaint, Provider, step.At, AuditCaller.System));
                LogEscalated(logger, complaint.Id, step.From, step.To, step.At);
            }
        }

        if (events.Count > 0)
        {
            await SaveAsync(events);
        }

        await WatchAsync();
    }

    private ComplaintRecord Visible(Viewer viewer, ComplaintRoles roles, string complaintId)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var complaint = state.State.Complaints.Find(c => string.Equals(c.Id, complaintId, StringComparison.Ordinal));
        return complaint is not null && ComplaintAccess.CanSee(viewer, roles, Provider, complaint.FiledBy)
            ? complaint
            : throw new CatalogNotFoundException("complaint", complaintId);
    }

    private async Task<ComplaintRoles> RolesAsync() => (await GrainFactory.GetComplaintOffice().GetAsync()).ToRoles();

    private async Task<BusinessCalendar> CalendarAsync()
    {
        if (calendar is null || Environment.TickCount64 - calendarLoadedAt > CalendarLifetime.TotalMilliseconds)
        {
            calendar = calendarCache.Get(await GrainFactory.GetCalendar(Provider).GetAsync());
            calendarLoadedAt = Environment.TickCount64;
        }

        return calendar;
    }

    /// <summary>Audits an escalation as the system, whoever's call noticed it.</summary>
    private void AddAsSystem(string complaintId, IReadOnlyList<AuditChange> changes)
    {
        var previous = RequestContext.Get(CallerContext.Key);
        CallerContext.Set(AuditCaller.Catalog);
        try
        {
            Outbox.Add(AuditEntityTypes.Complaint, complaintId, ComplaintAuditActions.Escalated, changes);
        }
        finally
        {
            if (previous is null)
            {
                RequestContext.Remove(CallerContext.Key);
            }
            else
            {
                RequestContext.Set(CallerContext.Key, previous);
            }
        }
    }

    /// <summary>Writes the state with its audit entries, stores them in the trail, then passes the events on.</summary>
    private async Task SaveAsync(IReadOnlyList<ComplaintEvent> events)
    {
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
        await PublishAsync(events);
    }

    private async Task PublishAsync(IReadOnlyList<ComplaintEvent> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        try
        {
            var stream = this.GetStreamProvider(StreamNames.Live)
                .GetStream<ComplaintEvent>(StreamId.Create(ComplaintStreams.Namespace, ComplaintStreams.OrganisationKey));
            foreach (var complaintEvent in events)
            {
                await stream.OnNextAsync(complaintEvent).WaitAsync(PublishTimeout);
            }
        }
        catch (Exception exception)
        {
            // The change is stored and audited; pages that missed the event see it on their next load.
            LogPublishFailed(logger, exception, Provider);
        }
    }

    /// <summary>Ticks and keeps the reminder while a complaint can still escalate; stops both when none can.</summary>
    private async Task WatchAsync()
    {
        var watching = state.State.Complaints.Exists(c => c.Progress.Running && c.Level < ComplaintLevel.ComplaintsOfficer);
        try
        {
            reminderRegistered ??= await this.GetReminder(EscalationReminder) is not null;
            if (watching)
            {
                ticker ??= this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
                {
                    DueTime = TickPeriod,
                    Period = TickPeriod,
                    Interleave = false,
                    KeepAlive = true,
                });
                if (reminderRegistered != true)
                {
                    await this.RegisterOrUpdateReminder(EscalationReminder, ReminderPeriod, ReminderPeriod);
                    reminderRegistered = true;
                }
            }
            else
            {
                ticker?.Dispose();
                ticker = null;
                if (reminderRegistered == true && await this.GetReminder(EscalationReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }

                reminderRegistered = false;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The timer still runs while active; the reminder is tried again on the next change or tick.
            reminderRegistered = null;
            LogReminderFailed(logger, exception, Provider);
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckEscalationsAsync();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCheckFailed(logger, exception, Provider);
        }
    }

    private static string Days(int days) => days.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint {ComplaintId} escalated from {From} to {To} at {At}")]
    private static partial void LogEscalated(ILogger logger, string complaintId, ComplaintLevel from, ComplaintLevel to, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Complaints desk {ProviderDepartmentId} could not publish its live events")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string providerDepartmentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Complaints desk {ProviderDepartmentId} could not register or remove its escalation reminder; it retries")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string providerDepartmentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Complaints desk {ProviderDepartmentId} could not check its escalations; retrying next tick")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception, string providerDepartmentId);
}
