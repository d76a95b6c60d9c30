using System.Diagnostics;
using System.Net.Sockets;

namespace Catalog.Testing;

/// <summary>
/// The real Azurite table emulator for integration tests. The test script starts one for the whole run and
/// passes its connection string in CATALOG_TEST_TABLES; when that is absent (a plain `dotnet test`), the first
/// caller in the test process starts one from infra/node_modules on a free port, and it stops with the process.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The environment variable the test script sets to share one Azurite across test projects.</summary>
    public const string ConnectionStringVariable = "CATALOG_TEST_TABLES";

    // The emulator's well-known development account; it is public and only ever reaches 127.0.0.1.
    private const string DevAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static AzuriteServer? shared;

    private readonly Process? ownProcess;

    private AzuriteServer(string connectionString, Process? process = null)
    {
        ConnectionString = connectionString;
        ownProcess = process;
    }

    /// <summary>Connection string for Azure.Data.Tables clients.</summary>
    public string ConnectionString { get; }

    /// <summary>Returns the run's Azurite, starting it on first use.</summary>
    public static async Task<AzuriteServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return shared ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The connection string for an Azurite table endpoint on a loopback port.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevAccountKey};" +
        $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    private static async Task<AzuriteServer> StartAsync()
    {
        var fromScript = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(fromScript))
        {
            return new AzuriteServer(fromScript);
        }

        var location = Path.Combine(Path.GetTempPath(), "catalog-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        var (process, port) = await LaunchAsync(location);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(process, location);
        return new AzuriteServer(ConnectionStringFor(port));
    }

    /// <summary>
    /// An Azurite of its own on the data in <paramref name="location"/> (a store some test prepared), stopped when
    /// disposed; the folder is the caller's.
    /// </summary>
    public static async Task<AzuriteServer> StartOnAsync(string location)
    {
        var (process, port) = await LaunchAsync(location);
        return new AzuriteServer(ConnectionStringFor(port), process);
    }

    /// <summary>Stops an Azurite started by <see cref="StartOnAsync"/>; the shared one stops with the process.</summary>
    public async ValueTask DisposeAsync()
    {
        if (ownProcess is { HasExited: false })
        {
            ownProcess.Kill(entireProcessTree: true);
            await ownProcess.WaitForExitAsync();
        }

        ownProcess?.Dispose();
    }

    private static async Task<(Process Process, int Port)> LaunchAsync(string location)
    {
        var executable = Path.Combine(RepositoryPaths.Infra, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {executable}. Run ./test.sh once, or `npm ci --prefix infra`.");
        }

        var port = FreePort.Next();
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", location, "--skipApiVersionCheck", "--silent", "--disableTelemetry",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitForPortAsync(port, process);
        return (process, port);
    }

    private static async Task WaitForPortAsync(int port, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{port} within 30 s.");
    }

    private static void Stop(Process process, string location)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }

            Directory.Delete(location, recursive: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort at process exit: the test script sweeps leftovers of its own run.
        }
    }
}
