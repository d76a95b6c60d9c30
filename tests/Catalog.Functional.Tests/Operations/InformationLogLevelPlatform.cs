namespace Catalog.Functional.Tests.Operations;

/// <summary>Both hosts told by configuration to log everything at Information, as an operator chasing a problem would.</summary>
public sealed class InformationLogLevelPlatform : LogCountingPlatform
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
    };
}
