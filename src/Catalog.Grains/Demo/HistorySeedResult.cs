namespace Catalog.Grains.Demo;

/// <summary>
/// What seeding the demo's history did: the requests filed (or found filed), steps newly taken, surveys answered,
/// complaints filed or found, requests left part-way, the history's anchor and the ids of its requests.
/// </summary>
internal sealed record HistorySeedResult(
    int Requests, int Steps, int Surveys, int Complaints, int Failed, DateTimeOffset Anchor, IReadOnlyList<string> RequestIds);
