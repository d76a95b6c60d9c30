using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;

namespace Catalog.Web.Access;

/// <summary>
/// Wires sign-in and authorization: the cookie every browser carries after signing in, OpenID Connect when it is
/// configured, bearer tokens for API clients, the demo sign-in where it is allowed, Catalog's claims, the
/// policies, and anti-forgery for everything a cookie can authorize.
/// </summary>
public static class AccessHostingExtensions
{
    /// <summary>The header browsers send the anti-forgery token in (from GET /api/me).</summary>
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>Registers authentication, authorization, the claims transformation and anti-forgery.</summary>
    public static WebApplicationBuilder AddCatalogAccess(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new();
        var environment = builder.Environment;
        builder.Services.AddOptions<AuthOptions>()
            .BindConfiguration(AuthOptions.Section)
            .Validate(o => o.DemoSignInEnabled(environment) || o.Oidc.Enabled,
                "No way to sign in: set Catalog:Auth:Oidc:Authority and ClientId for OpenID Connect, or Catalog:Auth:DemoSignIn=true for a demo server.")
            .Validate(o => !o.Oidc.Enabled || !string.IsNullOrWhiteSpace(o.Oidc.ClientId),
                "Catalog:Auth:Oidc:ClientId is required with Catalog:Auth:Oidc:Authority.")
            .ValidateOnStart();

        var authentication = builder.Services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Catalog", o => o.ForwardDefaultSelector = context =>
                auth.Oidc.Enabled && !string.IsNullOrWhiteSpace(auth.Oidc.Audience)
                && context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AuthSchemes.Bearer
                    : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.Cookie.Name = AuthSchemes.CookieName;
                o.Cookie.HttpOnly = true;
                // Lax, not Strict: the first navigation back from the identity provider must carry it.
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = auth.SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = SignInEndpoints.SignInPath;
                o.AccessDeniedPath = SignInEndpoints.SignInPath;
                o.Events.OnRedirectToLogin = context => ApiRequests.IsApi(context.Request)
                    ? ApiRequests.WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Sign in first.",
                        "This call needs a signed-in user: sign in at /signin (browsers) or send a bearer token.")
                    : Redirect(context);
                // Someone signed in but not allowed (a page for administrators): say so; sending them to sign in
                // again would only loop.
                o.Events.OnRedirectToAccessDenied = context =>
                    ApiRequests.WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Not allowed.",
                        "Your roles do not allow this.");
            });

        if (auth.Oidc.Enabled)
        {
            authentication.AddOpenIdConnect(AuthSchemes.Oidc, o =>
            {
                o.SignInScheme = AuthSchemes.Cookie;
                o.Authority = auth.Oidc.Authority;
                o.ClientId = auth.Oidc.ClientId;
                o.ClientSecret = auth.Oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.RequireHttpsMetadata = auth.Oidc.RequireHttpsMetadata;
                o.TokenValidationParameters.NameClaimType = auth.Oidc.NameClaim;
                o.TokenValidationParameters.RoleClaimType = auth.Oidc.RoleClaim;
                // Secure whenever the request is (always in production, behind https); a local provider over plain
                // http still works.
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                foreach (var scope in auth.Oidc.Scopes)
                {
                    o.Scope.Add(scope);
                }
            });
            if (!string.IsNullOrWhiteSpace(auth.Oidc.Audience))
            {
                authentication.AddJwtBearer(AuthSchemes.Bearer, o =>
                {
                    o.Authority = auth.Oidc.Authority;
                    o.Audience = auth.Oidc.Audience;
                    o.MapInboundClaims = false;
                    o.RequireHttpsMetadata = auth.Oidc.RequireHttpsMetadata;
                });
            }
        }

        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Catalog");
        if (!string.IsNullOrWhiteSpace(auth.KeysDirectory))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(auth.KeysDirectory));
        }

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<CatalogClaimsTransformation>();
        builder.Services.AddSingleton<IClaimsTransformation>(sp => sp.GetRequiredService<CatalogClaimsTransformation>());
        builder.Services.AddAuthorizationBuilder().AddCatalogPolicies();
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = "Catalog.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        return builder;
    }

    /// <summary>Signs the request in (before the pages are served, so the page guard sees who it is).</summary>
    public static WebApplication UseCatalogAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<PageGuardMiddleware>();
        return app;
    }

    /// <summary>Authorization, anti-forgery and the audit caller, after routing.</summary>
    public static WebApplication UseCatalogAuthorization(this WebApplication app)
    {
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseMiddleware<ApiAntiforgeryMiddleware>();
        app.UseMiddleware<CallerContextMiddleware>();
        return app;
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
