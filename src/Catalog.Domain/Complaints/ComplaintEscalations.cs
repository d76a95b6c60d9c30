using Catalog.Domain.Calendars;

namespace Catalog.Domain.Complaints;

/// <summary>
/// The escalation rule, in one place. Each level gets the whole standard again from the instant the complaint
/// reaches it: it must acknowledge within <see cref="ComplaintStandard.AcknowledgeDays"/> business days of that
/// instant (unless a lower level already did) and answer within <see cref="ComplaintStandard.AnswerDays"/> business
/// days of it. The first of those deadlines it misses moves the complaint to the next level, at the deadline's
/// instant (never at the instant someone noticed), and the next level's windows start there. An answered or resolved
/// complaint stops moving; the complaints officer is the top, whose missed deadlines only show as late.
/// So from filing, a complaint nobody acknowledges reaches the manager after 2 business days, the department head
/// after 4 and the officer after 6 (default standard); one acknowledged but never answered climbs every 10.
/// Business time is the provider department's calendar (hours, holidays, time zone with its DST changes).
/// </summary>
public static class ComplaintEscalations
{
    /// <summary>The deadline the current level must meet next (the earlier of its unmet ones), or null when none runs.</summary>
    public static (DateTimeOffset At, ComplaintMiss Miss)? NextDeadline(ComplaintProgress progress, ComplaintStandard standard, BusinessCalendar calendar)
    {
        if (!progress.Running)
        {
            return null;
        }

        var answerBy = standard.AnswerBy(calendar, progress.LevelReachedAt);
        if (progress.AcknowledgedAt is null)
        {
            var acknowledgeBy = standard.AcknowledgeBy(calendar, progress.LevelReachedAt);
            if (acknowledgeBy <= answerBy)
            {
                return (acknowledgeBy, ComplaintMiss.Acknowledgement);
            }
        }

        return (answerBy, ComplaintMiss.Answer);
    }

    /// <summary>
    /// Every escalation due by <paramref name="now"/>, in order, each at the instant its deadline passed (several when
    /// the complaint was not looked at for a while: they are applied one after the other, each level's windows
    /// starting where the previous one ended).
    /// </summary>
    public static IReadOnlyList<ComplaintEscalation> Due(ComplaintProgress progress, ComplaintStandard standard, BusinessCalendar calendar, DateTimeOffset now)
    {
        var steps = new List<ComplaintEscalation>(3);
        var current = progress;
        while (current.Level < ComplaintLevel.ComplaintsOfficer
               && NextDeadline(current, standard, calendar) is { } next
               && next.At <= now)
        {
            var to = current.Level + 1;
            steps.Add(new ComplaintEscalation(current.Level, to, next.At, next.Miss));
            current = current with { Level = to, LevelReachedAt = next.At };
        }

        return steps;
    }

    /// <summary><paramref name="progress"/> after <paramref name="escalations"/>.</summary>
    public static ComplaintProgress Apply(ComplaintProgress progress, IReadOnlyList<ComplaintEscalation> escalations) =>
        escalations.Count == 0 ? progress : progress with { Level = escalations[^1].To, LevelReachedAt = escalations[^1].At };
}
