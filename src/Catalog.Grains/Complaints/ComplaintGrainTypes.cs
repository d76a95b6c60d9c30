namespace Catalog.Grains.Complaints;

/// <summary>
/// The grain type and state names of complaints. They are part of every grain id and storage key: pinned here so
/// renaming a class never orphans stored state. Never change them.
/// </summary>
internal static class ComplaintGrainTypes
{
    /// <summary>See <see cref="ComplaintDeskGrain"/>.</summary>
    public const string Desk = "catalog.complaint-desk";

    /// <summary>See <see cref="ComplaintOfficeGrain"/>.</summary>
    public const string Office = "catalog.complaint-office";

    /// <summary>The state name of <see cref="ComplaintDeskGrain"/>.</summary>
    public const string DeskState = "complaints";

    /// <summary>The state name of <see cref="ComplaintOfficeGrain"/>.</summary>
    public const string OfficeState = "complaint-roles";
}
