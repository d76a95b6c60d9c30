namespace Catalog.Domain.Notifications;

/// <summary>How a person wants one kind of notification. Stored as numbers: never renumber.</summary>
public enum DeliveryMode
{
    /// <summary>
    /// By e-mail as soon as their department is open (held to the next opening otherwise). Only a
    /// <see cref="NotificationKind.Breach"/> chosen immediate goes out at once, day or night: that choice is the opt-in.
    /// </summary>
    Immediate = 0,

    /// <summary>Gathered, and e-mailed together at the next first opening of a business day.</summary>
    Digest = 1,

    /// <summary>Never: neither e-mailed nor listed in the app.</summary>
    None = 2,
}
