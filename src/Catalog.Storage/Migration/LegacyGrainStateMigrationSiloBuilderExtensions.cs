using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Catalog.Storage.Migration;

/// <summary>Registers the one-off migration of a store written by Catalog's earlier grain storage.</summary>
public static class LegacyGrainStateMigrationSiloBuilderExtensions
{
    /// <summary>
    /// Migrates, at silo start and before any call, what the earlier storage left in table
    /// <paramref name="tableName"/>. <see cref="LegacyGrainStateMigrationOptions.Rekey"/> says which keys changed.
    /// </summary>
    public static ISiloBuilder AddLegacyGrainStateMigration(this ISiloBuilder silo, TableServiceClient tables, string tableName)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<LegacyGrainStateMigrationOptions>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new LegacyGrainStateMigration(
            tables,
            tableName,
            sp.GetRequiredService<IOptions<LegacyGrainStateMigrationOptions>>(),
            sp.GetRequiredService<ILogger<LegacyGrainStateMigration>>()));
        return silo;
    }
}
