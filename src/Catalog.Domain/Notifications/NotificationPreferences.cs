namespace Catalog.Domain.Notifications;

/// <summary>A person's choice of <see cref="DeliveryMode"/> per <see cref="NotificationKind"/>, defaults filled in.</summary>
public sealed class NotificationPreferences
{
    private readonly Dictionary<NotificationKind, DeliveryMode> modes;

    private NotificationPreferences(Dictionary<NotificationKind, DeliveryMode> modes) => this.modes = modes;

    /// <summary>Every kind, in the order pages list them.</summary>
    public static IReadOnlyList<NotificationKind> Kinds { get; } = Enum.GetValues<NotificationKind>();

    /// <summary>
    /// What a person who chose nothing gets: everything immediate (inside working hours) except breaches and surveys,
    /// which come in the daily digest. Breaches never wake anyone up unless they opt in.
    /// </summary>
    public static DeliveryMode Default(NotificationKind kind) => kind switch
    {
        NotificationKind.Breach or NotificationKind.Survey => DeliveryMode.Digest,
        _ => DeliveryMode.Immediate,
    };

    /// <summary>The preferences stored choices describe (unknown kinds or modes ignored).</summary>
    public static NotificationPreferences From(IReadOnlyDictionary<NotificationKind, DeliveryMode>? chosen)
    {
        var modes = new Dictionary<NotificationKind, DeliveryMode>();
        foreach (var (kind, mode) in chosen ?? new Dictionary<NotificationKind, DeliveryMode>())
        {
            if (Enum.IsDefined(kind) && Enum.IsDefined(mode))
            {
                modes[kind] = mode;
            }
        }

        return new NotificationPreferences(modes);
    }

    /// <summary>The mode of one kind: the person's choice, or the default.</summary>
    public DeliveryMode ModeOf(NotificationKind kind) => modes.TryGetValue(kind, out var mode) ? mode : Default(kind);

    /// <summary>Every kind with its mode, in <see cref="Kinds"/> order.</summary>
    public IReadOnlyList<KeyValuePair<NotificationKind, DeliveryMode>> All() =>
        [.. Kinds.Select(k => KeyValuePair.Create(k, ModeOf(k)))];
}
