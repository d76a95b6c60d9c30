using System.Text.RegularExpressions;
using Catalog.Testing;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// Secrets come from configuration and the environment, never from the repository: no committed file holds an
/// account key (other than the storage emulator's published development key), a client secret or a password.
/// </summary>
public sealed partial class SecretsTests
{
    /// <summary>Azurite's well-known development key, published in its documentation: not a secret.</summary>
    private const string EmulatorKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly string[] Skipped = ["bin", "obj", "node_modules", ".git", ".azurite", "TestResults", "BenchmarkDotNet.Artifacts", "lib"];

    [Fact]
    public void No_committed_file_holds_a_secret()
    {
        var findings = new List<string>();
        foreach (var file in Files(RepositoryPaths.Root))
        {
            var text = File.ReadAllText(file);
            foreach (Match match in SecretPattern().Matches(text))
            {
                if (!match.Value.Contains(EmulatorKey, StringComparison.Ordinal) && !IsPlaceholder(match.Groups["value"].Value))
                {
                    findings.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}: {match.Value}");
                }
            }
        }

        findings.Should().BeEmpty("secrets belong in the environment (Catalog__Auth__Oidc__ClientSecret, ConnectionStrings__Tables)");
    }

    [Fact]
    public void The_secret_scan_finds_a_planted_secret()
    {
        // The scan above must be able to fail: the same pattern on a committed-looking setting.
        SecretPattern().IsMatch("\"ClientSecret\": \"s3cr3t-value\"").Should().BeTrue();
        SecretPattern().IsMatch("AccountName=prod;Account" + "Key=QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MTIzNDU2Nzg5MA==;").Should().BeTrue();
    }

    private static bool IsPlaceholder(string value) =>
        value.Length == 0 || value.StartsWith('<') || value.StartsWith('$') || value.StartsWith('{') || value.Contains("secret", StringComparison.OrdinalIgnoreCase) && value.Length < 12;

    private static IEnumerable<string> Files(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            if (Path.GetExtension(file) is ".json" or ".cs" or ".sh" or ".yml" or ".yaml" or ".config" or ".props" or ".env" or ".js")
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            if (!Skipped.Contains(Path.GetFileName(sub)))
            {
                foreach (var file in Files(sub))
                {
                    yield return file;
                }
            }
        }
    }

    [GeneratedRegex("""(?:AccountKey=(?<value>[A-Za-z0-9+/=]{40,})|"(?:ClientSecret|Password|ApiKey)"\s*:\s*"(?<value>[^"]+)")""", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
