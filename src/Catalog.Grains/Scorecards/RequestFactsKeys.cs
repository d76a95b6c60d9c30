using Catalog.Storage.Tables;

namespace Catalog.Grains.Scorecards;

/// <summary>
/// Where facts rows live. PartitionKey: the provider department, escaped (one provider's scorecards and review
/// read one partition). RowKey: the escaped request id for a request; <c>s|</c> + request id for its survey;
/// <c>c|</c> + complaint id for a complaint (escaping never yields <c>|</c>, so the kinds never collide).
/// </summary>
internal static class RequestFactsKeys
{
    public const string RequestKind = "request";
    public const string SurveyKind = "survey";
    public const string ComplaintKind = "complaint";

    public static string Partition(string providerDepartmentId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(providerDepartmentId));

    public static string RequestRow(string requestId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(requestId));

    public static string SurveyRow(string requestId) => TableKeyEncoding.Fit("s" + TableKeyEncoding.Separator + TableKeyEncoding.Escape(requestId));

    public static string ComplaintRow(string complaintId) => TableKeyEncoding.Fit("c" + TableKeyEncoding.Separator + TableKeyEncoding.Escape(complaintId));
}
