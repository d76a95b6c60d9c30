using Microsoft.Extensions.Logging;

namespace Catalog.Functional.Tests.Operations;

/// <summary>One line a host logged, as <see cref="CountingLoggerProvider"/> kept it.</summary>
public sealed record LoggedLine(string Category, LogLevel Level, string Message)
{
    public override string ToString() => $"{Level} {Category}: {Message}";
}
