using Catalog.Domain.Access;

namespace Catalog.Domain.Surveys;

/// <summary>
/// Who may do what with satisfaction surveys. A request's survey is seen by whoever may see the request
/// (<see cref="AccessPolicy.CanSeeRequest"/>: its two departments and auditors); only its requester answers it.
/// An answer's comment is read by its requester, the provider department's people (who act on it) and auditors,
/// not by the requester's colleagues. Published figures are read by every signed-in person; the comments with
/// them are those the reader may read: all of a provider's for its people and auditors, otherwise only those
/// written by people of the reader's own department.
/// </summary>
public static class SurveyAccess
{
    /// <summary>Whether <paramref name="viewer"/> may answer a survey offered to <paramref name="requester"/>.</summary>
    public static bool CanAnswer(Viewer viewer, string requester) =>
        string.Equals(viewer.UserId, requester, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="viewer"/> may read the comment of an answer to a request between these departments.</summary>
    public static bool CanReadComment(Viewer viewer, string requester, string providerDepartmentId) =>
        viewer.Auditor || viewer.IsIn(providerDepartmentId) || CanAnswer(viewer, requester);

    /// <summary>Whether <paramref name="viewer"/> may read, with published figures, a comment written in <paramref name="clientDepartmentId"/> to <paramref name="providerDepartmentId"/>.</summary>
    public static bool CanReadPublishedComment(Viewer viewer, string providerDepartmentId, string clientDepartmentId) =>
        viewer.Auditor || viewer.IsIn(providerDepartmentId) || viewer.IsIn(clientDepartmentId);
}
