using Catalog.Grains.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The request index the projections are built from and written through: the one chosen for the silo (Azure
/// Tables, or memory), before <see cref="ProjectingRequestIndex"/> decorates it.
/// </summary>
public sealed class QueueProjectionSource(IRequestIndex index)
{
    /// <summary>The undecorated index.</summary>
    public IRequestIndex Index { get; } = index;
}
