namespace Catalog.Domain.Reviews;

/// <summary>
/// "Other request" texts that ask for much the same thing: the keywords they share (most frequent first), how many
/// requests and the texts themselves (shown to the provider's own people and auditors only).
/// </summary>
public sealed record OtherRequestGroup(IReadOnlyList<string> Keywords, int Count, IReadOnlyList<string> Texts);
