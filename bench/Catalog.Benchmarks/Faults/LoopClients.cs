namespace Catalog.Benchmarks.Faults;

/// <summary>
/// Who one client loop is: a requester of <paramref name="ClientDepartmentId"/> who files, and an IT agent (or
/// manager) who acknowledges and starts, both signed in on web host <paramref name="Web"/>.
/// </summary>
public sealed record LoopClients(int Loop, int Web, string ClientDepartmentId, HttpClient Requester, string AgentId, HttpClient Agent);
