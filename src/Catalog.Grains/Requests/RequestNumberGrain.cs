using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>
/// Numbers a provider department's requests (key = provider department id): 1, 2, … Numbers are reserved in blocks
/// of <see cref="BlockSize"/>: one stored write reserves the next block, and the activation hands its numbers out
/// from memory. A number is handed out only once its block is stored, so a crash never gives the same number twice;
/// the numbers of a block an activation did not hand out before it ended are never used (gaps, like a filing that
/// failed after taking its number).
/// </summary>
[GrainType(RequestGrainTypes.Number)]
public sealed class RequestNumberGrain(
    [PersistentState(RequestGrainTypes.NumberState, StorageNames.Catalog)] IPersistentState<RequestNumberState> state)
    : Grain, IRequestNumberGrain
{
    /// <summary>How many numbers one write reserves.</summary>
    public const int BlockSize = 50;

    // The last number handed out by this activation; the stored Last is the end of the reserved block.
    private long handedOut = -1;

    public async Task<long> NextAsync()
    {
        if (handedOut < 0)
        {
            // A new activation starts after everything reserved before: an earlier activation may have handed out
            // any of those numbers.
            handedOut = state.State.Last;
        }

        if (handedOut >= state.State.Last)
        {
            await ReserveAsync();
        }

        return ++handedOut;
    }

    private async Task ReserveAsync()
    {
        var reserved = state.State.Last;
        state.State.Last = reserved + BlockSize;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // Maybe stored, maybe not: start again from storage next call, beyond whatever it holds.
            state.State.Last = reserved;
            handedOut = -1;
            DeactivateOnIdle();
            throw;
        }
    }
}
