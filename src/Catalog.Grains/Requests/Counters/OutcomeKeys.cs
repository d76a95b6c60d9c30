using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Counters;

/// <summary>
/// The idempotency key of an outcome within its request, as one bit: the filing is bit 0, and (kind, clock) for the
/// three clock outcomes and four clocks are bits 1 to 12. A request's keys fit in one <see cref="int"/>. Stored:
/// never renumber.
/// </summary>
internal static class OutcomeKeys
{
    /// <summary>How many low bits of a remembered entry the keys take.</summary>
    public const int Bits = 16;

    private const int ClockCount = 4;
    private const long KeyMask = (1L << Bits) - 1;

    /// <summary>A remembered entry: <paramref name="keys"/> counted, last at report <paramref name="sequence"/>.</summary>
    public static long Entry(long sequence, int keys) => (sequence << Bits) | (uint)keys;

    /// <summary>The keys of a remembered entry.</summary>
    public static int KeysOf(long entry) => (int)(entry & KeyMask);

    /// <summary>The report sequence of a remembered entry.</summary>
    public static long SequenceOf(long entry) => entry >> Bits;

    /// <summary>The bit of <paramref name="outcome"/>; throws when the outcome is not one the counters know.</summary>
    public static int Of(SlaOutcome outcome)
    {
        if (outcome.Kind == SlaOutcomeKind.Filed)
        {
            return 1;
        }

        if (outcome.Kind is not (SlaOutcomeKind.AtRisk or SlaOutcomeKind.Breached or SlaOutcomeKind.Met))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, "Not an SLA outcome kind.");
        }

        if (outcome.Clock is not { } clock || (int)clock is < 0 or >= ClockCount)
        {
            throw new ArgumentException($"A {outcome.Kind} outcome names its clock; got {outcome.Clock?.ToString() ?? "none"}.", nameof(outcome));
        }

        return 1 << (1 + (((int)outcome.Kind - 1) * ClockCount) + (int)clock);
    }
}
