using System.Net;

namespace Catalog.Functional.Tests.Faults;

/// <summary>A body sent without a Content-Length (Transfer-Encoding: chunked): the server learns its size only by reading it.</summary>
public sealed class ChunkedContent(byte[] bytes) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
