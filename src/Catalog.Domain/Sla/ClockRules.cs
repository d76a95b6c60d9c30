using Catalog.Catalogue;
using Catalog.Domain.Requests;
using static Catalog.Domain.Sla.ClockEffect;

namespace Catalog.Domain.Sla;

/// <summary>
/// What each action does to each clock, as a table (rows: actions, columns: Acknowledgement,
/// FirstAnswer, Resolution, ClientResponse).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Acknowledgement runs from filing until the provider acknowledges, starts, resolves or waits on the client.</item>
/// <item>FirstAnswer runs from filing until the provider comments, waits on the client or resolves.</item>
/// <item>Resolution runs from filing until Resolve; Reopen starts it again in a new span.</item>
/// <item>WaitOnClient pauses every provider clock it does not stop; Resume resumes them (a stopped clock ignores it).</item>
/// <item>ClientResponse starts on WaitOnClient, a fresh clock each time, and stops on Resume.</item>
/// <item>Resolve, Close and Cancel stop everything, whoever does them.</item>
/// </list>
/// A client's Acknowledge, Start or Comment changes no clock. Effects are idempotent, and a
/// stopped clock ignores Pause and Resume, so the table can say "resume" without knowing
/// whether a clock already stopped (see <see cref="SlaClockState.Apply"/>).
/// </remarks>
public static class ClockRules
{
    private static readonly ClockEffect[,] ByProvider =
    {
        /* Acknowledge  */ { Stop, None, None, None },
        /* Start        */ { Stop, None, None, None },
        /* WaitOnClient */ { Stop, Stop, Pause, Start },
        /* Resume       */ { Resume, Resume, Resume, Stop },
        /* Resolve      */ { Stop, Stop, Stop, Stop },
        /* Close        */ { Stop, Stop, Stop, Stop },
        /* Cancel       */ { Stop, Stop, Stop, Stop },
        /* Reopen       */ { None, None, Start, None },
        /* Comment      */ { None, Stop, None, None },
    };

    private static readonly ClockEffect[,] ByClient =
    {
        /* Acknowledge  */ { None, None, None, None },
        /* Start        */ { None, None, None, None },
        /* WaitOnClient */ { Pause, Pause, Pause, Start },
        /* Resume       */ { Resume, Resume, Resume, Stop },
        /* Resolve      */ { Stop, Stop, Stop, Stop },
        /* Close        */ { Stop, Stop, Stop, Stop },
        /* Cancel       */ { Stop, Stop, Stop, Stop },
        /* Reopen       */ { None, None, Start, None },
        /* Comment      */ { None, None, None, None },
    };

    /// <summary>What <paramref name="action"/> does to <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock.</param>
    /// <param name="action">The action taken.</param>
    /// <param name="byProvider">Whether someone of the provider department took it (only the provider's actions acknowledge or answer).</param>
    /// <param name="before">The status before the action.</param>
    /// <param name="after">The status after it: must be <see cref="RequestLifecycle.Next"/> of the two above.</param>
    /// <exception cref="ArgumentException">The transition is not one <see cref="RequestLifecycle"/> allows.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The clock is unknown.</exception>
    public static ClockEffect Effect(ClockKind clock, RequestAction action, bool byProvider, RequestStatus before, RequestStatus after)
    {
        if ((uint)clock > (uint)ClockKind.ClientResponse)
        {
            throw new ArgumentOutOfRangeException(nameof(clock), clock, "Unknown clock.");
        }

        if (RequestLifecycle.Next(before, action) is not { } next || next != after)
        {
            throw new ArgumentException($"{action} does not lead from {before} to {after}.", nameof(after));
        }

        return (byProvider ? ByProvider : ByClient)[(int)action, (int)clock];
    }

    /// <summary>Whether the clock starts when the request is filed (every clock but ClientResponse).</summary>
    /// <param name="clock">The clock.</param>
    public static bool StartsAtFiling(ClockKind clock) => clock != ClockKind.ClientResponse;

    /// <summary>
    /// Whether each <see cref="ClockEffect.Start"/> begins a fresh clock (ClientResponse: one per
    /// pause) rather than a new span of the same one (Resolution after a reopen): the caller then
    /// keeps the previous <see cref="SlaClockState"/> as history and begins a new one with
    /// <see cref="SlaClockState.Begin"/>.
    /// </summary>
    /// <param name="clock">The clock.</param>
    public static bool StartsFresh(ClockKind clock) => clock == ClockKind.ClientResponse;

    /// <summary>Whether the client department holds the clock (ClientResponse) rather than the provider, and so whose calendar measures it.</summary>
    /// <param name="clock">The clock.</param>
    public static bool IsHeldByClient(ClockKind clock) => clock == ClockKind.ClientResponse;
}
