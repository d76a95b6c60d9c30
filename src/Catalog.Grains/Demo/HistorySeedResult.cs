namespace Catalog.Grains.Demo;

/// <summary>What seeding the demo's history did: requests filed (or found filed), steps replayed, survey answers and complaints, and requests left part-way.</summary>
internal sealed record HistorySeedResult(int Requests, int Steps, int Surveys, int Complaints, int Failed, DateTimeOffset Anchor);
