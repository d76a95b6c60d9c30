using System.Diagnostics;

namespace Catalog.Benchmarks.Load;

/// <summary>What a window of a phase cost: wall time, storage requests (when counted) and each process's CPU time.</summary>
public sealed record ResourceUse(TimeSpan Elapsed, StorageOperations? Operations, IReadOnlyList<(string Name, TimeSpan Cpu)> Cpu);

/// <summary>
/// Measures windows of a phase: the proxy's counts and the CPU time of the platform's processes (silo, web, Azurite)
/// at its start and end.
/// </summary>
public sealed class ResourceMeter(CountingProxy? proxy, Func<IReadOnlyList<(string Name, int Pid)>> processes)
{
    /// <summary>Starts a window; call <see cref="Window.End"/> when it ends.</summary>
    public Window Begin()
    {
        var watched = processes();
        return new Window(watched, Stopwatch.GetTimestamp(), proxy?.Snapshot(), [.. watched.Select(p => ProcessCpu.Used(p.Pid))], proxy);
    }

    /// <summary>A window under way.</summary>
    public sealed class Window
    {
        private readonly IReadOnlyList<(string Name, int Pid)> watched;
        private readonly long started;
        private readonly StorageOperations? operations;
        private readonly TimeSpan[] cpu;
        private readonly CountingProxy? proxy;

        internal Window(IReadOnlyList<(string Name, int Pid)> watched, long started, StorageOperations? operations, TimeSpan[] cpu, CountingProxy? proxy)
        {
            this.watched = watched;
            this.started = started;
            this.operations = operations;
            this.cpu = cpu;
            this.proxy = proxy;
        }

        /// <summary>What the window cost.</summary>
        public ResourceUse End() => new(
            Stopwatch.GetElapsedTime(started),
            operations is null ? null : proxy!.Snapshot().Since(operations),
            [.. watched.Select((p, i) => (p.Name, ProcessCpu.Used(p.Pid) - cpu[i]))]);
    }
}
