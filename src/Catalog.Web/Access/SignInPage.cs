using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Catalog.Access;
using Catalog.Catalogue;
using Catalog.Domain.Access;

namespace Catalog.Web.Access;

/// <summary>
/// The sign-in page, rendered on the server so its form carries the anti-forgery token and works without
/// scripts: the identity provider's button when there is one, then the demo people by department.
/// </summary>
internal static class SignInPage
{
    public static string Render(
        IReadOnlyList<CatalogUser> people, IReadOnlyList<Department> departments, string token, string returnUrl, bool oidc)
    {
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var names = departments.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        var page = new StringBuilder();
        page.Append("""
            <!doctype html>
            <html lang="en-CA">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Sign in · Connexion — Catalog</title>
              <link rel="stylesheet" href="/css/app.css">
              <link rel="stylesheet" href="/css/signin.css">
            </head>
            <body class="signin-page">
              <main class="signin" data-testid="signin">
                <h1>Catalog</h1>
                <p class="muted">Sign in to see your department's requests · Connectez-vous pour voir les demandes de votre service</p>
            """);
        if (oidc)
        {
            page.Append($"""
                <p><a class="signin-oidc" data-testid="signin-oidc" href="{SignInEndpoints.OidcSignInPath}?returnUrl={html.Encode(Uri.EscapeDataString(returnUrl))}">Sign in with your organisation account · Compte de l'organisation</a></p>
                """);
        }

        page.Append("""
                <h2>Demo sign-in · Connexion de démonstration</h2>
                <p class="muted">A demo server: pick who you are. · Serveur de démonstration : choisissez qui vous êtes.</p>
            """);
        foreach (var group in people.GroupBy(p => p.DepartmentId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = names.TryGetValue(group.Key, out var text) ? $"{text.En} · {text.Fr}" : group.Key;
            page.Append($"""<section class="signin-department"><h3>{html.Encode(name)}</h3><ul>""");
            foreach (var person in group.OrderByDescending(p => p.Role).ThenBy(p => p.DisplayName, StringComparer.CurrentCulture))
            {
                page.Append($"""
                    <li><form method="post" action="{SignInEndpoints.DemoSignInPath}">
                      <input type="hidden" name="__RequestVerificationToken" value="{html.Encode(token)}">
                      <input type="hidden" name="userId" value="{html.Encode(person.Id)}">
                      <input type="hidden" name="returnUrl" value="{html.Encode(returnUrl)}">
                      <button type="submit" data-testid="signin-{html.Encode(person.Id)}"><strong>{html.Encode(person.DisplayName)}</strong>
                        <span class="muted">{html.Encode(RoleLabel(person))}</span></button>
                    </form></li>
                    """);
            }

            page.Append("</ul></section>");
        }

        page.Append("</main></body></html>");
        return page.ToString();
    }

    private static string RoleLabel(CatalogUser person)
    {
        var label = person.Role switch
        {
            DepartmentRole.Manager => "manager · gestionnaire",
            DepartmentRole.Agent => "agent",
            _ => "requester · demandeur",
        };
        if (person.CatalogueAdministrator)
        {
            label += ", catalogue administrator · administrateur du catalogue";
        }

        if (person.Auditor)
        {
            label += ", auditor · vérificateur";
        }

        return label;
    }
}
