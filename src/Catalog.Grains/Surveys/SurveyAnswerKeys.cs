using Catalog.Storage.Tables;

namespace Catalog.Grains.Surveys;

/// <summary>
/// Where a survey's row lives in the answers table: PartitionKey the provider department (escaped with
/// <see cref="TableKeyEncoding"/>), so one provider's figures read one partition; RowKey the request id, escaped.
/// A request's provider never changes, so its row never moves.
/// </summary>
internal static class SurveyAnswerKeys
{
    /// <summary>The partition of a provider department's surveys.</summary>
    public static string Partition(string providerDepartmentId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(providerDepartmentId));

    /// <summary>The row of a request's survey.</summary>
    public static string Row(string requestId) => TableKeyEncoding.Fit(TableKeyEncoding.Escape(requestId));
}
