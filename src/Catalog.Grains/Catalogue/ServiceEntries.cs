using Catalog.Catalogue;

namespace Catalog.Grains.Catalogue;

/// <summary>Builds the stored versions of a service.</summary>
internal static class ServiceEntries
{
    /// <summary>
    /// Version <paramref name="version"/> of service <paramref name="id"/> from a validated draft. Lists are copied
    /// into plain arrays: the storage serializer records runtime types, and compiler-made read-only lists (from
    /// collection expressions) are not types it may load back.
    /// </summary>
    public static ServiceEntry FromDraft(string id, int version, ServiceDraft draft, DateTimeOffset changedAt) => new(
        id,
        version,
        draft.DepartmentId,
        draft.Category,
        draft.Name,
        draft.Description,
        draft.Turnaround,
        draft.Cost,
        Retired: false,
        Stored(draft.Steps),
        Stored(draft.Equipment),
        Stored(draft.ClientSupplies),
        Stored(draft.EligibleDepartments),
        Stored(draft.Standards),
        changedAt,
        string.IsNullOrWhiteSpace(draft.ChangeNote) ? null : draft.ChangeNote);

    private static T[] Stored<T>(IReadOnlyList<T>? items) => items is null ? [] : [.. items];
}
