namespace Catalog.Storage.Tests.Infrastructure;

/// <summary>Keeps its note in the <see cref="StorageNames.Keep"/> storage.</summary>
public sealed class NoteGrain([PersistentState("note", StorageNames.Keep)] IPersistentState<NoteState> state)
    : Grain, INoteGrain
{
    /// <inheritdoc />
    public async Task SetAsync(string text)
    {
        state.State.Text = text;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<string?> GetAsync() => Task.FromResult(state.State.Text);
}
