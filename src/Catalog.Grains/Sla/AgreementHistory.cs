using Catalog.Sla;

namespace Catalog.Grains.Sla;

/// <summary>One agreement's versions, oldest first, and when it was retired.</summary>
[GenerateSerializer, Alias("catalog.AgreementHistory")]
public sealed class AgreementHistory
{
    /// <summary>Every version; appended to, never rewritten. Stored as a plain array (see <see cref="AgreementVersions.FromDraft"/>).</summary>
    [Id(0)]
    public Agreement[] Versions { get; set; } = [];

    /// <summary>When the agreement was retired, or null while it is in force.</summary>
    [Id(1)]
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>True once retired: new requests no longer use it and it cannot change.</summary>
    public bool Retired => RetiredAt is not null;

    /// <summary>The current version, with <see cref="Agreement.Retired"/> telling whether it is retired now.</summary>
    public Agreement Current => Versions[^1] with { Retired = Retired };

    /// <summary>Every version, with <see cref="Agreement.Retired"/> telling whether the agreement is retired now.</summary>
    public Agreement[] Projected() => [.. Versions.Select(v => v with { Retired = Retired })];
}
