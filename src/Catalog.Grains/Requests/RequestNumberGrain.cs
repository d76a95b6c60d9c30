using Catalog.Requests;

namespace Catalog.Grains.Requests;

/// <summary>
/// Numbers a provider department's requests (key = provider department id): 1, 2, … A number is handed out only
/// once it is stored, so a crash never gives the same number twice (at worst a number goes unused).
/// </summary>
[GrainType(RequestGrainTypes.Number)]
public sealed class RequestNumberGrain(
    [PersistentState(RequestGrainTypes.NumberState, StorageNames.Catalog)] IPersistentState<RequestNumberState> state)
    : Grain, IRequestNumberGrain
{
    public async Task<long> NextAsync()
    {
        var next = state.State.Last + 1;
        state.State.Last = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception)
        {
            // Not stored: start again from storage next call, so the number is never given twice.
            DeactivateOnIdle();
            throw;
        }

        return next;
    }
}
