namespace Catalog.Grains.Queues;

/// <summary>The grain type names of queue projections: part of grain ids, pinned here so renaming a class changes nothing.</summary>
internal static class QueueGrainTypes
{
    /// <summary>See <see cref="QueueProjectionGrain"/>.</summary>
    public const string Projection = "catalog.queue-projection";
}
