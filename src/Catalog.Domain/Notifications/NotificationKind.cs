namespace Catalog.Domain.Notifications;

/// <summary>What a notification is about; each person chooses how each kind reaches them. Stored as numbers: never renumber.</summary>
public enum NotificationKind
{
    /// <summary>A request was filed with the person's department (its agents and managers).</summary>
    NewRequest = 0,

    /// <summary>A clock of a request the person's department holds passed its warning threshold.</summary>
    Warning = 1,

    /// <summary>A clock of a request the person's department holds passed its target.</summary>
    Breach = 2,

    /// <summary>A request the person filed waits on them (an answer, a quote decision): a reminder.</summary>
    WaitingOnYou = 3,

    /// <summary>A satisfaction survey of a request the person filed was offered to them.</summary>
    Survey = 4,
}
