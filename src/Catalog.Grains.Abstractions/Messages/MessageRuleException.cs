namespace Catalog.Messages;

/// <summary>
/// A message or template breaks one of the standard's rules (an unknown placeholder, a follow-up date too late):
/// the input is well-formed but cannot be accepted, HTTP 422 naming <see cref="Field"/>. <see cref="Code"/> is
/// stable for pages and scripts.
/// </summary>
[GenerateSerializer, Alias("catalog.MessageRuleException")]
public sealed class MessageRuleException : Exception
{
    /// <summary>The code of an unknown placeholder in a template.</summary>
    public const string UnknownPlaceholder = "unknown-placeholder";

    /// <summary>The code of a follow-up date more than 5 business days after receipt (or before it).</summary>
    public const string FollowUpOutOfRange = "follow-up-out-of-range";

    /// <summary>Creates the refusal.</summary>
    public MessageRuleException(string field, string code, string message)
        : base(message)
    {
        Field = field;
        Code = code;
    }

    /// <summary>The field at fault ("text", "followUpDate").</summary>
    [Id(0)]
    public string Field { get; init; }

    /// <summary>The rule broken: <see cref="UnknownPlaceholder"/> or <see cref="FollowUpOutOfRange"/>.</summary>
    [Id(1)]
    public string Code { get; init; }
}
