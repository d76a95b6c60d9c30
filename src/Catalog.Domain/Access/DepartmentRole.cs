namespace Catalog.Domain.Access;

/// <summary>What a person may do in their own department. Stored as numbers: never renumber.</summary>
public enum DepartmentRole
{
    /// <summary>Files requests for the department and follows them; sees the department's requests.</summary>
    Requester = 0,

    /// <summary>Also works the requests the department provides.</summary>
    Agent = 1,

    /// <summary>Also edits the department's catalogue entries, agreements and calendar, and its people's roles.</summary>
    Manager = 2,
}
