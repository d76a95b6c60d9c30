using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// A TCP proxy on a loopback port in front of Azurite: the platform is given its port as the storage endpoint, every
/// byte is passed on unchanged, and the requests it carries (HTTP/1.1, keep-alive, each with a Content-Length) are
/// counted by method and table (<see cref="StorageRequestParser"/>). <see cref="Snapshot"/> and a later one give what
/// a phase cost.
/// </summary>
public sealed class CountingProxy : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly int targetPort;
    private readonly ConcurrentDictionary<string, long> requests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> batched = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<TcpClient, bool> open = new();
    private readonly StreamWriter? dump;

    private CountingProxy(int targetPort, string? dumpTo)
    {
        this.targetPort = targetPort;
        dump = dumpTo is null ? null : new StreamWriter(dumpTo) { AutoFlush = true };
        listener.Start(512);
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The port the platform is told Azurite listens on.</summary>
    public int Port { get; }

    /// <summary>
    /// Starts a proxy in front of 127.0.0.1:<paramref name="targetPort"/>; with <paramref name="dumpTo"/>, every request
    /// line is also written to that file, stamped with the instant it passed.
    /// </summary>
    public static CountingProxy Start(int targetPort, string? dumpTo = null) => new(targetPort, dumpTo);

    /// <summary>The requests counted so far, and the operations inside batches.</summary>
    public StorageOperations Snapshot() => new(
        requests.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        batched.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        foreach (var client in open.Keys)
        {
            client.Dispose();
        }

        lock (open)
        {
            dump?.Dispose();
        }
    }

    private void Dump(string line)
    {
        lock (open)
        {
            dump?.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:HH:mm:ss.ffffff} {line}"));
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var server = new TcpClient { NoDelay = true };
        client.NoDelay = true;
        open[client] = true;
        open[server] = true;
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, targetPort);
            var parser = new StorageRequestParser(
                key => requests.AddOrUpdate(key, 1, (_, n) => n + 1),
                key => batched.AddOrUpdate(key, 1, (_, n) => n + 1),
                dump is null ? null : Dump);
            await Task.WhenAll(PumpAsync(client, server, parser), PumpAsync(server, client, null));
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            // A connection that ends or fails ends both sides; the client sees it as Azurite would have shown it.
        }
        finally
        {
            open.TryRemove(client, out _);
            open.TryRemove(server, out _);
            client.Dispose();
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, StorageRequestParser? parser)
    {
        var buffer = new byte[64 * 1024];
        var source = from.GetStream();
        var target = to.GetStream();
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                parser?.Feed(buffer.AsSpan(0, read));
                await target.WriteAsync(buffer.AsMemory(0, read));
            }

            to.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            // One side went away: close the other so its pump ends too.
            from.Dispose();
            to.Dispose();
        }
    }
}
