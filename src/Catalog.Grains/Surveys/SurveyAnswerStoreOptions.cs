using Catalog.Storage.Tables;

namespace Catalog.Grains.Surveys;

/// <summary>
/// Settings of the Azure Table of survey answers. Set exactly one of
/// <see cref="AzureTableConnectionOptions.ConnectionString"/> and <see cref="AzureTableConnectionOptions.TableServiceClient"/>;
/// everything else has a working default.
/// </summary>
public sealed class SurveyAnswerStoreOptions : AzureTableConnectionOptions
{
    /// <summary>The table used when <see cref="TableName"/> is not set: <c>SurveyAnswers</c>.</summary>
    public const string DefaultTableName = "SurveyAnswers";

    /// <summary>The table holding one row per offered survey; created on silo start when missing. Default <see cref="DefaultTableName"/>.</summary>
    public override string TableName { get; set; } = DefaultTableName;
}
