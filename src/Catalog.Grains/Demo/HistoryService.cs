using Catalog.Sla;

namespace Catalog.Grains.Demo;

/// <summary>
/// What the history generator needs of a demo service towards one client: its provider, price and clocks, and whether
/// it is a department's "Other request" entry (its title is the client's free text).
/// </summary>
internal sealed record HistoryService(
    string Id,
    string ProviderDepartmentId,
    string NameFr,
    string NameEn,
    bool Paid,
    IReadOnlyList<string> EligibleDepartments,
    IReadOnlyDictionary<string, IReadOnlyList<ClockPolicy>> ClocksByClient,
    bool OtherRequest = false);
