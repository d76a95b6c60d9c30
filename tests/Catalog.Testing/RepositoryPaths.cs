namespace Catalog.Testing;

/// <summary>Finds the repository's folders from a test's output directory.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Catalog.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The pinned npm tooling (Azurite, front-end packages).</summary>
    public static string Infra => Path.Combine(Root, "infra");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Catalog.sln was not found above {AppContext.BaseDirectory}.");
    }
}
