using Catalog.Grains.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Grains.Queues;

/// <summary>Wires queue projections over the silo's request index.</summary>
public static class QueueProjectionSiloBuilderExtensions
{
    /// <summary>
    /// Decorates the request index chosen before (<c>AddAzureTableRequestIndex</c> or <c>AddInMemoryRequestIndex</c>,
    /// which must come first) with <see cref="ProjectingRequestIndex"/>: queues are then read from projection grains
    /// in memory, kept current by every index write. Calling it twice decorates once.
    /// </summary>
    public static ISiloBuilder AddQueueProjections(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(QueueProjectionSource)))
        {
            return builder;
        }

        var chosen = services.LastOrDefault(d => d.ServiceType == typeof(IRequestIndex))
            ?? throw new InvalidOperationException(
                "Queue projections decorate the request index: choose one (AddAzureTableRequestIndex or AddInMemoryRequestIndex) first.");
        services.Remove(chosen);
        services.AddSingleton(sp => new QueueProjectionSource(Resolve(sp, chosen)));
        services.AddSingleton<IRequestIndex>(sp =>
            new ProjectingRequestIndex(sp.GetRequiredService<QueueProjectionSource>().Index, sp.GetRequiredService<IGrainFactory>()));
        return builder;
    }

    private static IRequestIndex Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IRequestIndex)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
