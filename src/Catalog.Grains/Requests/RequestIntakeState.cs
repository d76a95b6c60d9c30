namespace Catalog.Grains.Requests;

/// <summary>
/// What the intake of earlier versions stored per filing key: the request it files under, reserved before it is
/// filed. No longer written (the request store records keys with the request); read once, by the copy into the
/// request store, which turns each row whose request was stored into that key's row.
/// </summary>
[GenerateSerializer, Alias("catalog.RequestIntakeState")]
public sealed class RequestIntakeState
{
    /// <summary>The id of the request this key files (or filed) under, or null until a number is taken.</summary>
    [Id(0)]
    public string? RequestId { get; set; }

    /// <summary>
    /// True when <see cref="RequestId"/> was reserved by this version (the request may not be stored yet); false
    /// for keys stored by earlier versions, which remembered an id only once its request was filed.
    /// </summary>
    [Id(1)]
    public bool Reserved { get; set; }
}
