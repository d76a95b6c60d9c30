namespace Catalog.Domain.Scorecards;

/// <summary>Business hours a department held requests (in its own calendar, waiting on the client excluded), over how many requests.</summary>
public sealed record HeldFigures(string DepartmentId, int Requests, double Hours);
