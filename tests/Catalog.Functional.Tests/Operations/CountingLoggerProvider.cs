using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// A logger provider that keeps every line the hosts' filters let through (category, level, message), to measure
/// how much a host logs. One instance may serve both hosts.
/// </summary>
public sealed class CountingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LoggedLine> lines = new();

    /// <summary>Every line so far, in order.</summary>
    public IReadOnlyList<LoggedLine> Lines => [.. lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        // Nothing held; both hosts dispose it.
    }

    private sealed class Logger(CountingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        // The factory has applied the filter rules before asking: whatever reaches here is logged.
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.lines.Enqueue(new LoggedLine(category, logLevel, formatter(state, exception)));
    }
}
