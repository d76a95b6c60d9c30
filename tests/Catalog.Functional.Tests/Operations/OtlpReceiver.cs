using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Text;
using Catalog.Testing;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// A tiny OTLP/HTTP receiver (protocol http/protobuf) on a free loopback port: it takes <c>POST /v1/traces</c> and
/// <c>POST /v1/metrics</c>, keeps each body and answers 200, as a collector does. An <see cref="HttpListener"/>, not
/// Kestrel, so that receiving spans starts no ASP.NET Core span of its own for the hosts in this process to export.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<byte[]> traces = new();
    private readonly ConcurrentQueue<byte[]> metrics = new();

    private OtlpReceiver(int port)
    {
        Endpoint = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(Endpoint.AbsoluteUri);
        listener.Start();
        _ = ListenAsync();
    }

    /// <summary>The base address to configure as <c>Telemetry:OtlpEndpoint</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The bodies of every trace export so far (ExportTraceServiceRequest, protobuf).</summary>
    public IReadOnlyList<byte[]> Traces => [.. traces];

    /// <summary>The bodies of every metrics export so far (ExportMetricsServiceRequest, protobuf).</summary>
    public IReadOnlyList<byte[]> Metrics => [.. metrics];

    /// <summary>Starts a receiver on a free port.</summary>
    public static OtlpReceiver Start() => new(FreePort.Next());

    /// <summary>Whether a body contains <paramref name="text"/> (protobuf keeps strings as raw UTF-8).</summary>
    public static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    /// <summary>Waits until <paramref name="done"/> holds, failing with <paramref name="describe"/>'s account if it never does.</summary>
    public static async Task WaitUntilAsync(Func<bool> done, Func<string> describe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(describe());
            }

            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }

    private async Task ListenAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException && !listener.IsListening)
            {
                return; // stopped
            }

            _ = Task.Run(() => ReceiveAsync(context));
        }
    }

    private async Task ReceiveAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var queue = request.HttpMethod == "POST" ? request.Url?.AbsolutePath switch
        {
            "/v1/traces" => traces,
            "/v1/metrics" => metrics,
            _ => null,
        } : null;
        if (queue is null)
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            context.Response.Close();
            return;
        }

        var body = new MemoryStream();
        var input = string.Equals(request.Headers["Content-Encoding"], "gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(request.InputStream, CompressionMode.Decompress)
            : request.InputStream;
        await input.CopyToAsync(body);
        queue.Enqueue(body.ToArray());

        // An empty ExportTraceServiceResponse / ExportMetricsServiceResponse: everything accepted.
        context.Response.StatusCode = (int)HttpStatusCode.OK;
        context.Response.ContentType = "application/x-protobuf";
        context.Response.ContentLength64 = 0;
        context.Response.Close();
    }
}
