using Catalog.Domain.Access;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Live;

/// <summary>An open live connection and who its person was when it connected.</summary>
/// <param name="Connection">The hub's view of the connection (its user, and how to close it).</param>
/// <param name="Viewer">The department and roles the connection was opened with.</param>
public sealed record LiveSession(HubCallerContext Connection, Viewer Viewer);
