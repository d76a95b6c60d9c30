using Catalog.Requests;

namespace Catalog.Grains.Queues;

/// <summary>
/// The key of a queue's projection grain: <c>p|{department}</c> or <c>c|{department}</c>. Grain keys are not
/// stored, so this may change between versions; the department comes after the first <c>|</c> whatever it holds.
/// </summary>
public static class QueueProjectionKeys
{
    /// <summary>The key of a department's queue in <paramref name="role"/>.</summary>
    public static string Of(QueueRole role, string departmentId) => role switch
    {
        QueueRole.Provider => "p|" + departmentId,
        QueueRole.Client => "c|" + departmentId,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a queue role."),
    };

    /// <summary>The role and department of <paramref name="key"/>.</summary>
    public static (QueueRole Role, string DepartmentId) Parse(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key switch
        {
            ['p', '|', .. var department] => (QueueRole.Provider, department),
            ['c', '|', .. var department] => (QueueRole.Client, department),
            _ => throw new FormatException($"'{key}' is not a queue projection key."),
        };
    }

    /// <summary>The projection grain of a department's queue in <paramref name="role"/>.</summary>
    public static IQueueProjectionGrain GetQueueProjection(this IGrainFactory grains, QueueRole role, string departmentId) =>
        grains.GetGrain<IQueueProjectionGrain>(Of(role, departmentId));
}
