using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Catalog.Functional.Tests.Operations;

/// <summary>
/// Turns the Azure SDK's activity sources on for the whole test process before any test runs. The SDK reads the
/// switch once per process, when its first client is made; a host exporting telemetry sets it as it starts, but here
/// other platforms, started in parallel, may have made a client first.
/// </summary>
internal static class AzureActivitySourceSwitch
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly: it must run before any test makes an Azure client.")]
    internal static void Enable() => AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
}
