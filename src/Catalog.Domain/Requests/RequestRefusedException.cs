namespace Catalog.Domain.Requests;

/// <summary>A request's rules refused an action; nothing of the request changed.</summary>
/// <param name="refusal">Which kind of refusal.</param>
/// <param name="message">What the person is told.</param>
/// <param name="allowed">For a conflict: what is possible now.</param>
/// <param name="field">For an invalid value: which field.</param>
public sealed class RequestRefusedException(RequestRefusal refusal, string message, IReadOnlyList<string>? allowed = null, string? field = null)
    : Exception(message)
{
    /// <summary>Which kind of refusal.</summary>
    public RequestRefusal Refusal { get; } = refusal;

    /// <summary>For a conflict: what is possible now (actions or steps).</summary>
    public IReadOnlyList<string> Allowed { get; } = allowed ?? [];

    /// <summary>For an invalid value: the field at fault.</summary>
    public string? Field { get; } = field;
}
