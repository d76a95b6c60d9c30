namespace Catalog.Domain.Complaints;

/// <summary>
/// The escalation path of a complaint (seed 003: "hiérarchie et progression"): the provider's agents first, then its
/// managers, then its department head, then the organisation's complaints officer. Stored as numbers: never renumber.
/// </summary>
public enum ComplaintLevel
{
    /// <summary>The provider department's agents (and everyone above).</summary>
    Agent = 0,

    /// <summary>The provider department's managers.</summary>
    Manager = 1,

    /// <summary>The provider department's designated head.</summary>
    DepartmentHead = 2,

    /// <summary>The organisation's complaints officer: the top of the path.</summary>
    ComplaintsOfficer = 3,
}
