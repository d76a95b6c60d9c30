namespace Catalog.Web.Access;

/// <summary>
/// How people sign in (section <see cref="Section"/>). Production signs in with OpenID Connect (<see cref="Oidc"/>);
/// the demo and the tests use the built-in demo sign-in, which lists the directory's people and is on only in
/// Development or when <see cref="DemoSignIn"/> says so explicitly. Secrets (the client secret) come from
/// configuration or the environment (Catalog__Auth__Oidc__ClientSecret), never from a committed file.
/// </summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Catalog:Auth";

    /// <summary>
    /// The built-in demo sign-in: null (default) turns it on in Development only; true turns it on anywhere (a
    /// demo server); false turns it off everywhere.
    /// </summary>
    public bool? DemoSignIn { get; set; }

    /// <summary>How long a sign-in lasts without activity (sliding). Default 8 hours.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a person's department and roles are cached before the directory is read again. Default 30 s.</summary>
    public TimeSpan DirectoryCacheLifetime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// User ids that are catalogue administrators whatever the directory or the claims say: the first
    /// administrator of a new installation, who then assigns everyone else's roles. Keep it short.
    /// </summary>
    public string[] Administrators { get; set; } = [];

    /// <summary>
    /// Where the keys that protect sign-in cookies and anti-forgery tokens are kept. Every web process of one
    /// installation must share them (a mounted folder), or a browser signed in on one is a stranger to the next;
    /// empty: ASP.NET Core's default, fine for a single process.
    /// </summary>
    public string? KeysDirectory { get; set; }

    /// <summary>OpenID Connect, for production: on when <see cref="OidcOptions.Authority"/> is set.</summary>
    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Whether the demo sign-in is on in <paramref name="environment"/>.</summary>
    public bool DemoSignInEnabled(IHostEnvironment environment) => DemoSignIn ?? environment.IsDevelopment();
}
