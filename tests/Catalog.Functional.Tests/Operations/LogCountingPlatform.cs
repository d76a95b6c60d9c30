using Catalog.Functional.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// A platform whose two hosts log at their own default levels (not the test fixture's warnings-only) into a
/// <see cref="CountingLoggerProvider"/>, and nowhere else.
/// </summary>
public abstract class LogCountingPlatform : CatalogPlatform
{
    /// <summary>What both hosts logged.</summary>
    public CountingLoggerProvider Logs { get; } = new();

    protected override void ConfigureLogging(ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddProvider(Logs);
    }
}
