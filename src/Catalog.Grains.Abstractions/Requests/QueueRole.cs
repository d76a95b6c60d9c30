namespace Catalog.Requests;

/// <summary>Whose queue: the department doing the work, or the department that asked for it.</summary>
[GenerateSerializer, Alias("catalog.QueueRole")]
public enum QueueRole
{
    /// <summary>Requests the department provides.</summary>
    Provider = 0,

    /// <summary>Requests the department filed as an internal client.</summary>
    Client = 1,
}
