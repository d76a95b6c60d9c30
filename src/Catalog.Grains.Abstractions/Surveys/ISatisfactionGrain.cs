namespace Catalog.Surveys;

/// <summary>Reads the stored survey answers (a stateless worker; key 0): the facts, and the figures computed from them.</summary>
public interface ISatisfactionGrain : IGrainWithIntegerKey
{
    /// <summary>Every survey offered in the query's period (answered or not), oldest first: for the scorecards.</summary>
    Task<IReadOnlyList<SatisfactionFact>> GetFactsAsync(SatisfactionQuery query);

    /// <summary>The figures of the query's period, with every comment (the web tier keeps those its reader may read).</summary>
    Task<SatisfactionReport> GetReportAsync(SatisfactionQuery query);
}
