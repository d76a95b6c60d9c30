using System.Net;
using System.Net.Sockets;

namespace Catalog.Testing;

/// <summary>Hands out loopback ports that are free right now.</summary>
public static class FreePort
{
    /// <summary>Asks the OS for an unused TCP port on 127.0.0.1.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
