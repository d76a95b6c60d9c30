using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Telemetry;

/// <summary>
/// The hosts' default log levels: Catalog's own categories at Information, the framework's (<c>Microsoft</c>,
/// <c>System</c>, <c>Orleans</c>, <c>Polly</c>) at Warning but for <c>Microsoft.Hosting.Lifetime</c> ("Now listening
/// on"). At Information, ASP.NET Core logs two lines per HTTP request and Orleans (through its Polly pipelines) two
/// per grain placement: megabytes an hour that bury the lines that matter.
/// <para>
/// Set in code, not in an appsettings.json the hosts may not find from their working directory, and applied after
/// every configuration source as the least specific choice: a level the configuration sets for a category
/// (<c>Logging:LogLevel:Orleans.Runtime</c>) wins over these, and one set for every category
/// (<c>Logging:LogLevel:Default</c>, <c>Logging__LogLevel__Default</c>) replaces them all. A host that lowers its
/// minimum level in code is never made louder by them.
/// </para>
/// </summary>
internal sealed class CatalogLogLevels : IPostConfigureOptions<LoggerFilterOptions>
{
    private static readonly (string Category, LogLevel Level)[] Defaults =
    [
        ("Catalog", LogLevel.Information),
        ("Microsoft", LogLevel.Warning),
        ("Microsoft.Hosting.Lifetime", LogLevel.Information),
        ("System", LogLevel.Warning),
        ("Orleans", LogLevel.Warning),
        ("Polly", LogLevel.Warning),
    ];

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        // A rule for every category and every provider is what Logging:LogLevel:Default binds to.
        if (options.Rules.Any(r => r.ProviderName is null && r.CategoryName is null))
        {
            return;
        }

        foreach (var (category, level) in Defaults)
        {
            if (!options.Rules.Any(r => r.ProviderName is null && string.Equals(r.CategoryName, category, StringComparison.OrdinalIgnoreCase)))
            {
                options.Rules.Add(new LoggerFilterRule(null, category, level > options.MinLevel ? level : options.MinLevel, null));
            }
        }
    }
}
