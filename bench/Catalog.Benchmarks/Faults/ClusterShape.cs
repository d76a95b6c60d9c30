namespace Catalog.Benchmarks.Faults;

/// <summary>
/// What <see cref="FaultCluster"/> starts: how many silos and web hosts, the name of the run (temp folder, cluster
/// and service ids), and optionally something the platform reaches Azurite through: given Azurite's port, it returns
/// the port the silos and web hosts are told to use.
/// </summary>
public sealed record ClusterShape(string Name, int Silos, int Webs, Func<int, int>? StorageFront = null)
{
    /// <summary>The faults benchmark's platform: two silos, two web hosts, straight to Azurite.</summary>
    public static ClusterShape Faults { get; } = new("faults", 2, 2);
}
