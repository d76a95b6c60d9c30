using Catalog.Access;
using Catalog.Audit;
using Catalog.Domain.Calendars;
using Catalog.Domain.Notifications;
using Catalog.Errors;
using Catalog.Grains.Audit;
using Catalog.Grains.Hosting;
using Catalog.Grains.Sla;
using Catalog.Notifications;
using Catalog.Catalogue;
using Catalog.Domain.Access;
using Catalog.Requests;
using Catalog.Sla;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Grains.Notifications;

/// <summary>
/// One person's notifications. A notice is listed in the inbox at once and queued for e-mail with the instant
/// <see cref="DeliverySchedule"/> allows in the person's department calendar; a grain timer compares the earliest of
/// them with <see cref="CatalogClock"/> every <see cref="CheckPeriod"/> (so fake and accelerated clocks work), and a
/// durable reminder (<see cref="NotificationGrainTypes.DeliverReminder"/>) wakes the grain while anything waits, so
/// what waits across a night or a restart still goes at the opening. What is due together goes as one e-mail (a
/// digest when several). A failed send keeps everything queued and is tried again after <see cref="RetryDelay"/>.
/// Preference changes and read marks are audited as changes of the person (<see cref="AuditEntityTypes.User"/>).
/// <para>
/// Storage (docs/notifications-storage.md): the notices of a department's new requests, warnings and breaches are
/// written behind, at most once per <see cref="NotificationOptions.StoreDelay"/>, and at deactivation; a lost silo's
/// unstored ones are rebuilt from the department's provider queue on the next activation (<see cref="InboxRebuild"/>).
/// What cannot be rebuilt that way (the requester's reminders and invitations) is stored at once, and so is the
/// state before anything is e-mailed, already marked as e-mailed: after a crash a mail may be missing, never doubled.
/// </para>
/// </summary>
[GrainType(NotificationGrainTypes.Person)]
public sealed partial class NotificationsGrain(
    [PersistentState(NotificationGrainTypes.PersonState, StorageNames.Catalog)] IPersistentState<NotificationsState> state,
    CatalogClock clock,
    BusinessCalendarCache calendars,
    INotificationMailer mailer,
    IAuditRecorder audit,
    IOptions<NotificationOptions> options,
    ILogger<NotificationsGrain> logger) : Grain, INotificationsGrain, IRemindable
{
    /// <summary>How many notifications the inbox keeps (the oldest go first).</summary>
    public const int InboxCapacity = 200;

    /// <summary>How often, while e-mails wait, the grain compares the earliest with Catalog's clock.</summary>
    public static readonly TimeSpan CheckPeriod = TimeSpan.FromSeconds(1);

    /// <summary>How long (real time) after a failed send the grain tries again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How much earlier than the last write a rebuild looks: an event reaches the person a moment after its instant,
    /// so one that happened just before a write may have arrived after it. Repeats are recognised and skipped.
    /// </summary>
    public static readonly TimeSpan HandOverLag = TimeSpan.FromMinutes(2);

    // How long a department's calendar is reused: notices come in bursts, each would otherwise ask for it.
    private static readonly TimeSpan CalendarReuse = TimeSpan.FromSeconds(30);

    // Only an empty inbox has no department yet; its zone never shows.
    private const string NoDepartmentZone = "Etc/UTC";

    private const int RebuildPage = 1000;

    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromMinutes(1);

    private AuditOutbox? outbox;
    private IGrainTimer? timer;
    private IGrainTimer? storeTimer;
    private bool dirty; // holds what storage does not
    private bool openStored; // this activation stored its state as open
    private bool discarded; // a write failed: this activation's memory is not to be stored
    private bool reminderKept; // registered by this activation, not let go since
    private DateTime retryAfter = DateTime.MinValue;
    private (string Department, DateTime At, BusinessCalendar Calendar)? calendarKept;

    private AuditOutbox Outbox => outbox ??= new AuditOutbox(() => state.State, audit, logger);

    private string UserId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await Outbox.TryStoreAsync();
        if (state.State.Open)
        {
            // The last activation never stored at its deactivation: its silo was lost.
            await RebuildAsync();
        }

        if (state.State.Outbox.Count > 0)
        {
            StartTimer();
        }
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (discarded || (!dirty && !state.State.Open))
        {
            return;
        }

        state.State.Open = false;
        try
        {
            await StoreAsync();
        }
        catch (Exception exception)
        {
            // Still open in storage: the next activation rebuilds what this one held.
            LogStoreFailed(logger, exception, UserId);
        }
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Being called is the point: it activated the grain, whose timer delivers. The reminder is let go here, once
        // nothing waits, rather than after each delivery: a busy person's mails would otherwise register and delete
        // it once each (two reminder-table writes a mail, racing each other).
        if (state.State.Outbox.Count == 0)
        {
            await ForgetReminderAsync();
        }
    }

    /// <inheritdoc />
    public async Task NotifyAsync(NotificationNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (state.State.Inbox.Any(n => n.Notice.Id == notice.Id))
        {
            return;
        }

        var now = clock.GetUtcNow();
        if (!await TakeAsync(notice, now))
        {
            return;
        }

        await KeptAsync(atOnce: !Rebuildable(notice));
        if (state.State.Outbox.Count > 0)
        {
            // What is due now goes at the next check, with whatever else arrives meanwhile (one e-mail, not one each).
            await KeepWatchingAsync();
        }
    }

    /// <inheritdoc />
    public async Task<NotificationInbox> ListAsync(int limit, string language)
    {
        var zone = (await CalendarAsync()).TimeZone;
        var items = state.State.Inbox.Take(Math.Clamp(limit, 1, InboxCapacity))
            .Select(n => new NotificationItem(n.Notice.Id, n.Notice.Kind, n.Notice.RequestId,
                NotificationTexts.Line(n.Notice.ToFacts(), language, zone), n.Notice.At, n.Read, n.EmailedAt))
            .ToArray();
        return new NotificationInbox(state.State.Inbox.Count(n => !n.Read), items);
    }

    /// <inheritdoc />
    public async Task<int> MarkReadAsync(IReadOnlyList<string>? ids)
    {
        var wanted = ids?.ToHashSet(StringComparer.Ordinal);
        var marked = 0;
        var inbox = state.State.Inbox;
        for (var i = 0; i < inbox.Count; i++)
        {
            if (!inbox[i].Read && (wanted is null || wanted.Contains(inbox[i].Notice.Id)))
            {
                inbox[i] = inbox[i] with { Read = true };
                marked++;
            }
        }

        var scope = ids is null ? "all" : string.Join(",", ids);
        await WriteAuditedAsync("NotificationsRead", [new AuditChange("notificationsRead", null, $"{marked} ({scope})")]);
        return inbox.Count(n => !n.Read);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationPreference>> GetPreferencesAsync() => Task.FromResult(Preferences());

    /// <inheritdoc />
    public async Task<IReadOnlyList<NotificationPreference>> SetPreferencesAsync(IReadOnlyList<NotificationPreference> preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        var errors = preferences
            .Where(p => p is null || !Enum.IsDefined(p.Kind) || !Enum.IsDefined(p.Mode))
            .Select(_ => "Use a known kind and one of Immediate, Digest, None.")
            .Distinct()
            .ToArray();
        if (errors.Length > 0)
        {
            throw new CatalogValidationException(new Dictionary<string, string[]> { ["preferences"] = errors });
        }

        var before = NotificationPreferences.From(state.State.Preferences);
        var changes = new List<AuditChange>();
        foreach (var preference in preferences)
        {
            var old = before.ModeOf(preference.Kind);
            state.State.Preferences[preference.Kind] = preference.Mode;
            if (old != preference.Mode)
            {
                changes.Add(new AuditChange("notifications." + preference.Kind, old.ToString(), preference.Mode.ToString()));
            }
        }

        await WriteAuditedAsync("NotificationPreferences", changes);
        return Preferences();
    }

    /// <inheritdoc />
    public Task<NotificationOutboxStatus> GetOutboxAsync() => Task.FromResult(new NotificationOutboxStatus(
        state.State.Outbox.Count, state.State.Outbox.Count == 0 ? null : state.State.Outbox.Min(q => q.DueAt)));

    // Whether a notice, lost with a silo before it was stored, is found again by InboxRebuild: a department's new
    // requests, warnings and breaches are; the requester's reminders and invitations are stored at once instead.
    private static bool Rebuildable(NotificationNotice notice) => notice.Kind switch
    {
        NotificationKind.NewRequest => true,
        NotificationKind.Warning or NotificationKind.Breach => notice.Clock != ClockKind.ClientResponse,
        _ => false,
    };

    private IReadOnlyList<NotificationPreference> Preferences() =>
        [.. NotificationPreferences.From(state.State.Preferences).All().Select(p => new NotificationPreference(p.Key, p.Value))];

    // Lists the notice and queues its e-mail, in memory; false when the person chose none for its kind.
    private async Task<bool> TakeAsync(NotificationNotice notice, DateTimeOffset now)
    {
        var current = state.State;
        var mode = NotificationPreferences.From(current.Preferences).ModeOf(notice.Kind);
        if (mode == DeliveryMode.None)
        {
            return false;
        }

        current.DepartmentId = notice.DepartmentId;
        var calendar = await CalendarAsync();
        current.Inbox.Insert(0, new StoredNotification(notice, Read: false, EmailedAt: null));
        if (current.Inbox.Count > InboxCapacity)
        {
            current.Inbox.RemoveRange(InboxCapacity, current.Inbox.Count - InboxCapacity);
        }

        var due = DeliverySchedule.DueAt(notice.Kind, mode, now, calendar);
        if (due is { } at)
        {
            current.Outbox.Add(new QueuedNotification(notice, at, DeliverySchedule.MayGoOutAnyTime(notice.Kind, mode)));
        }

        LogQueued(logger, UserId, notice.Kind, notice.RequestId, due);
        return true;
    }

    // Finds again, in the department's provider queue, what the lost activation was handed after its last write.
    private async Task RebuildAsync()
    {
        var now = clock.GetUtcNow();
        var since = (state.State.StoredAt ?? now) - HandOverLag;
        var oldest = now - NotificationFeedGrain.MaxEventAge; // the feed notifies nothing older
        since = since < oldest ? oldest : since;
        var person = await GrainFactory.GetDirectory().FindAsync(UserId);
        var taken = 0;
        if (person is { Role: >= DepartmentRole.Agent })
        {
            var rows = new List<RequestSummary>();
            string? after = null;
            do
            {
                var page = await GrainFactory.GetRequestQueries().ListAsync(
                    new QueueQuery(QueueRole.Provider, person.DepartmentId, Limit: RebuildPage, After: after));
                rows.AddRange(page.Items);
                after = page.Next;
            }
            while (after is not null);

            foreach (var notice in InboxRebuild.From(rows, person.DepartmentId, since, now))
            {
                if (!state.State.Inbox.Any(n => InboxRebuild.Repeats(notice, n.Notice)) && await TakeAsync(notice, now))
                {
                    taken++;
                }
            }
        }

        LogRebuilt(logger, UserId, taken, since);
        await KeptAsync(atOnce: true);
        if (state.State.Outbox.Count > 0)
        {
            await KeepWatchingAsync();
        }
    }

    // The state holds something storage does not: stored at once, or within the store delay. An activation's first
    // write marks the state open, so a lost activation is recognised and rebuilt.
    private async Task KeptAsync(bool atOnce)
    {
        dirty = true;
        var delay = options.Value.StoreDelay;
        if (atOnce || !openStored || delay <= TimeSpan.Zero)
        {
            state.State.Open = true;
            await StoreAsync();
            openStored = true;
            return;
        }

        storeTimer ??= this.RegisterGrainTimer(StoreBehindAsync, new GrainTimerCreationOptions
        {
            DueTime = delay,
            Period = Timeout.InfiniteTimeSpan,
            Interleave = false,
        });
    }

    private async Task StoreBehindAsync(CancellationToken cancellationToken)
    {
        storeTimer?.Dispose();
        storeTimer = null;
        if (!dirty)
        {
            return;
        }

        try
        {
            await StoreAsync();
        }
        catch (Exception exception)
        {
            // Kept in memory; the next notice or the deactivation tries again.
            LogStoreFailed(logger, exception, UserId);
        }
    }

    private async Task StoreAsync()
    {
        state.State.StoredAt = clock.GetUtcNow();
        dirty = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            dirty = true;
            throw;
        }

        storeTimer?.Dispose();
        storeTimer = null;
    }

    private async Task<BusinessCalendar> CalendarAsync()
    {
        var department = state.State.DepartmentId;
        if (string.IsNullOrEmpty(department))
        {
            return calendars.Default(NoDepartmentZone);
        }

        if (calendarKept is { } kept && kept.Department == department && DateTime.UtcNow - kept.At < CalendarReuse)
        {
            return kept.Calendar;
        }

        var calendar = calendars.Get(await GrainFactory.GetCalendar(department).GetAsync());
        calendarKept = (department, DateTime.UtcNow, calendar);
        return calendar;
    }

    private async Task DeliverAsync()
    {
        var current = state.State;
        if (current.Outbox.Count == 0 || DateTime.UtcNow < retryAfter)
        {
            return;
        }

        var calendar = await CalendarAsync();
        var release = DeliverySchedule.Release(current.Outbox, q => q.DueAt, q => q.AnyTime, clock.GetUtcNow(), calendar);
        if (release.Send.Count == 0)
        {
            return;
        }

        var language = await GrainFactory.GetDirectory().GetLanguageAsync(UserId);
        var mail = NotificationTexts.Compose([.. release.Send.Select(q => q.Notice.ToFacts())], language ?? "", calendar.TimeZone);

        // Marked e-mailed and stored before it goes: a crash after this write loses the e-mail rather than sending it
        // twice, and the notices it names are stored, so a rebuild never queues them again.
        var sentAt = clock.GetUtcNow();
        var sent = release.Send.Select(q => q.Notice.Id).ToHashSet(StringComparer.Ordinal);
        var before = current.Inbox.ToList();
        current.Outbox.RemoveAll(q => sent.Contains(q.Notice.Id));
        for (var i = 0; i < current.Inbox.Count; i++)
        {
            if (sent.Contains(current.Inbox[i].Notice.Id))
            {
                current.Inbox[i] = current.Inbox[i] with { EmailedAt = sentAt };
            }
        }

        if (!mailer.Enabled)
        {
            // Nothing goes out, so nothing can go twice: written behind like the rest.
            await KeptAsync(atOnce: false);
        }
        else
        {
            try
            {
                await KeptAsync(atOnce: true);
            }
            catch (Exception exception)
            {
                // Not stored, so not sent: put back and tried again after the delay.
                PutBack(release.Send, before);
                LogStoreFailed(logger, exception, UserId);
                return;
            }

            try
            {
                await mailer.SendAsync(UserId, mail);
            }
            catch (Exception exception)
            {
                // Put back: the same e-mail is tried again after the delay, never dropped.
                PutBack(release.Send, before);
                LogSendFailed(logger, exception, UserId, release.Send.Count);
                await KeptAsync(atOnce: true);
                return;
            }
        }

        LogSent(logger, UserId, release.Send.Count);
        if (current.Outbox.Count == 0)
        {
            await StopWatchingAsync();
        }
    }

    private void PutBack(IReadOnlyList<QueuedNotification> send, List<StoredNotification> inboxBefore)
    {
        retryAfter = DateTime.UtcNow + RetryDelay;
        state.State.Outbox.AddRange(send);
        state.State.Inbox.Clear();
        state.State.Inbox.AddRange(inboxBefore);
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync();
        }
        catch (Exception exception)
        {
            // A calendar or directory that did not answer: the next tick tries again.
            LogTickFailed(logger, exception, UserId);
        }
    }

    private void StartTimer() => timer ??= this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
    {
        DueTime = CheckPeriod,
        Period = CheckPeriod,
        Interleave = false,
    });

    private async Task KeepWatchingAsync()
    {
        StartTimer();
        if (reminderKept)
        {
            return;
        }

        try
        {
            await this.RegisterOrUpdateReminder(NotificationGrainTypes.DeliverReminder, ReminderPeriod, ReminderPeriod);
            reminderKept = true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The timer still delivers while the grain is active; the reminder only matters across restarts.
            LogReminderFailed(logger, exception, UserId);
        }
    }

    private Task StopWatchingAsync()
    {
        // The durable reminder stays until it fires with nothing waiting (ReceiveReminder).
        timer?.Dispose();
        timer = null;
        return Task.CompletedTask;
    }

    private async Task ForgetReminderAsync()
    {
        reminderKept = false;
        try
        {
            if (await this.GetReminder(NotificationGrainTypes.DeliverReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Harmless: a reminder that fires with nothing waiting does nothing.
            LogReminderFailed(logger, exception, UserId);
        }
    }

    private async Task WriteAuditedAsync(string action, IReadOnlyList<AuditChange> changes)
    {
        Outbox.Add(AuditEntityTypes.User, UserId, action, changes);
        try
        {
            state.State.Open = true;
            await StoreAsync();
            openStored = true;
        }
        catch (Exception)
        {
            // The in-memory state holds a change that is not stored: start again from storage next call (what it held
            // written behind is rebuilt then, the stored state being open).
            discarded = true;
            DeactivateOnIdle();
            throw;
        }

        await Outbox.StoreAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {Kind} of {RequestId} for {UserId}: e-mail due {DueAt}")]
    private static partial void LogQueued(ILogger logger, string userId, NotificationKind kind, string requestId, DateTimeOffset? dueAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "E-mailed {Count} notifications to {UserId}")]
    private static partial void LogSent(ILogger logger, string userId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not e-mail {Count} notifications to {UserId}; they stay queued")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string userId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification check of {UserId} failed; the next tick tries again")]
    private static partial void LogTickFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not store the notifications of {UserId}; kept in memory and tried again")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifications of {UserId}: the last activation was lost, {Count} notices rebuilt from the request index since {Since}")]
    private static partial void LogRebuilt(ILogger logger, string userId, int count, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not change the delivery reminder of {UserId}")]
    private static partial void LogReminderFailed(ILogger logger, Exception exception, string userId);
}
