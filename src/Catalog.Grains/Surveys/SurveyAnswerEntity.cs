using Azure.Data.Tables;
using Catalog.Surveys;

namespace Catalog.Grains.Surveys;

/// <summary>The columns of a survey's row (<see cref="SurveyAnswerKeys"/> for the keys). Stored names: never rename.</summary>
internal static class SurveyAnswerEntity
{
    public const string RequestId = "RequestId";
    public const string ServiceId = "ServiceId";
    public const string ProviderDepartmentId = "ProviderDepartmentId";
    public const string ClientDepartmentId = "ClientDepartmentId";
    public const string Team = "Team";
    public const string ResolvedBy = "ResolvedBy";
    public const string Requester = "Requester";
    public const string OfferedAt = "OfferedAt";
    public const string Score = "Score";
    public const string AnsweredAt = "AnsweredAt";
    public const string Comment = "Comment";

    /// <summary>The row of <paramref name="fact"/>.</summary>
    public static TableEntity Create(SatisfactionFact fact) => new(SurveyAnswerKeys.Partition(fact.ProviderDepartmentId), SurveyAnswerKeys.Row(fact.RequestId))
    {
        [RequestId] = fact.RequestId,
        [ServiceId] = fact.ServiceId,
        [ProviderDepartmentId] = fact.ProviderDepartmentId,
        [ClientDepartmentId] = fact.ClientDepartmentId,
        [Team] = fact.Team,
        [ResolvedBy] = fact.ResolvedBy,
        [Requester] = fact.Requester,
        [OfferedAt] = fact.OfferedAt,
        [Score] = fact.Score,
        [AnsweredAt] = fact.AnsweredAt,
        [Comment] = fact.Comment,
    };

    /// <summary>The fact a row holds, or null for a row missing what every row has (written by another version).</summary>
    public static SatisfactionFact? Read(TableEntity entity)
    {
        if (entity.GetString(RequestId) is not { } requestId
            || entity.GetString(ServiceId) is not { } serviceId
            || entity.GetString(ProviderDepartmentId) is not { } provider
            || entity.GetString(ClientDepartmentId) is not { } client
            || entity.GetDateTimeOffset(OfferedAt) is not { } offeredAt)
        {
            return null;
        }

        return new SatisfactionFact(
            requestId,
            serviceId,
            provider,
            client,
            entity.GetString(Team) ?? provider,
            entity.GetString(ResolvedBy) ?? "",
            offeredAt,
            entity.GetInt32(Score),
            entity.GetDateTimeOffset(AnsweredAt),
            entity.GetString(Comment),
            entity.GetString(Requester) ?? "");
    }
}
