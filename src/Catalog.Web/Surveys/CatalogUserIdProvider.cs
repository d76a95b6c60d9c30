using Catalog.Web.Access;
using Microsoft.AspNetCore.SignalR;

namespace Catalog.Web.Surveys;

/// <summary>
/// The live hub's per-person addressing: a connection's SignalR user is its Catalog user id, so
/// <c>Clients.User(id)</c> reaches exactly that person's open pages (every tab, on this web process) and nobody else's.
/// </summary>
internal sealed class CatalogUserIdProvider : IUserIdProvider
{
    /// <inheritdoc />
    public string? GetUserId(HubConnectionContext connection) => CatalogClaims.ViewerOf(connection.User)?.UserId;
}
