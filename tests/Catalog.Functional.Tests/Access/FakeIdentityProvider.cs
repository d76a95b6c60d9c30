using System.Collections.Concurrent;
using System.Security.Cryptography;
using Catalog.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Catalog.Functional.Tests.Access;

/// <summary>
/// A minimal OpenID Connect provider on loopback, enough for a real authorization-code sign-in: discovery, keys,
/// an authorize endpoint that signs the configured person in at once (no login page), a token endpoint issuing an
/// RS256 id token with the nonce it was given, and userinfo. It checks the PKCE verifier like a real provider.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    private readonly RSA key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string Challenge, string ClientId)> codes = new();
    private WebApplication? app;

    /// <summary>The issuer (also the authority Catalog is configured with).</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The claims the next person signed in carries, besides sub and nonce.</summary>
    public Dictionary<string, object> Claims { get; } = new();

    public async Task StartAsync()
    {
        var port = FreePort.Next();
        Issuer = $"http://127.0.0.1:{port}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Issuer);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        app = builder.Build();
        var signingKey = new RsaSecurityKey(key) { KeyId = "test-key" };

        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = Issuer + "/authorize",
            ["token_endpoint"] = Issuer + "/token",
            ["userinfo_endpoint"] = Issuer + "/userinfo",
            ["jwks_uri"] = Issuer + "/jwks",
            ["end_session_endpoint"] = Issuer + "/logout",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));

        app.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(key.ExportParameters(false)) { KeyId = "test-key" });
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });

        app.MapGet("/authorize", IResult (HttpRequest request) =>
        {
            var query = request.Query;
            var code = Guid.NewGuid().ToString("N");
            codes[code] = (query["nonce"].ToString(), query["code_challenge"].ToString(), query["client_id"].ToString());
            var state = query["state"].ToString();
            if (query["response_mode"] == "form_post")
            {
                // What a provider's page does with a script: post the code back to the client.
                return Results.Content(
                    $"<form method=\"post\" action=\"{System.Net.WebUtility.HtmlEncode(query["redirect_uri"].ToString())}\"><input type=\"hidden\" name=\"code\" value=\"{code}\">" +
                    $"<input type=\"hidden\" name=\"state\" value=\"{System.Net.WebUtility.HtmlEncode(state)}\"></form>",
                    "text/html");
            }

            return Results.Redirect($"{query["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(state)}");
        });

        app.MapPost("/token", async Task<IResult> (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (!codes.TryRemove(form["code"].ToString(), out var grant)
                || Base64UrlEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.Challenge)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            }

            var claims = new Dictionary<string, object>(Claims) { ["nonce"] = grant.Nonce };
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = Issuer,
                Audience = grant.ClientId,
                Claims = claims,
                Subject = new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", Claims.GetValueOrDefault("sub")?.ToString() ?? "subject")]),
                Expires = DateTime.UtcNow.AddMinutes(5),
                SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
            });
            return Results.Json(new { id_token = token, access_token = "opaque-" + Guid.NewGuid().ToString("N"), token_type = "Bearer", expires_in = 300 });
        });

        app.MapGet("/userinfo", () => Results.Json(Claims));
        await app.StartAsync();
    }

    /// <summary>An access token for <paramref name="audience"/> carrying <paramref name="claims"/>, signed by this provider (or by a stranger's key).</summary>
    public string AccessToken(string audience, IDictionary<string, object> claims, bool signedByStranger = false)
    {
        using var stranger = RSA.Create(2048);
        var signing = signedByStranger ? new RsaSecurityKey(stranger) { KeyId = "test-key" } : new RsaSecurityKey(key) { KeyId = "test-key" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Claims = new Dictionary<string, object>(claims),
            Expires = DateTime.UtcNow.AddMinutes(5),
            SigningCredentials = new SigningCredentials(signing, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        key.Dispose();
    }
}
