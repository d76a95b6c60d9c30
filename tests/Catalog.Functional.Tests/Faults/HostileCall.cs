using System.Text;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// One malformed or hostile API call: who makes it, what is sent (path and query exactly as written: nothing is
/// re-encoded or normalised), and which kind of hostility it carries, for the failure report.
/// </summary>
/// <param name="Index">Its place in the seeded sequence: the same seed makes the same call at the same index.</param>
/// <param name="Person">The demo person calling, or <see cref="HostileCalls.Anonymous"/>.</param>
/// <param name="Route">The route it aims at.</param>
/// <param name="Method">The HTTP method (usually the route's; PATCH when testing a method no route maps).</param>
/// <param name="PathAndQuery">The raw path and query, e.g. "api/requests/IT-000001/start?x=%FF".</param>
/// <param name="Body">The body's bytes, or null for none.</param>
/// <param name="ContentType">The Content-Type sent with the body, or null for none.</param>
/// <param name="Headers">Extra headers (the Idempotency-Key), sent as written.</param>
/// <param name="Kind">What is hostile about it ("path", "field answers.probe", "content type"…).</param>
/// <param name="Chunked">Send the body without a Content-Length (chunked), so the size limit is met while reading.</param>
public sealed record HostileCall(
    int Index,
    string Person,
    ApiRoute Route,
    string Method,
    string PathAndQuery,
    byte[]? Body,
    string? ContentType,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string Kind,
    bool Chunked = false)
{
    /// <summary>Whether the call may change something: it must then be refused.</summary>
    public bool Mutates => Method is not ("GET" or "HEAD");

    /// <summary>
    /// Whether the path holds a NUL (%00): the HTTP server refuses such a request line with a bare 400 before any
    /// handler runs, so that refusal cannot be problem details.
    /// </summary>
    public bool NulInPath => PathAndQuery.Split('?')[0].Contains("%00", StringComparison.OrdinalIgnoreCase);

    /// <summary>How the report names the call.</summary>
    public override string ToString()
    {
        var text = new StringBuilder()
            .Append('#').Append(Index).Append(' ').Append(Person).Append(' ').Append(Method).Append(" /").Append(Cut(PathAndQuery, 300))
            .Append(" [").Append(Kind).Append(']');
        foreach (var (name, value) in Headers)
        {
            text.Append(' ').Append(name).Append(": ").Append(Escape(Cut(value, 60)));
        }

        if (Body is not null)
        {
            text.Append(" body(").Append(Body.Length).Append(" bytes, ").Append(ContentType ?? "no content type").Append(")=")
                .Append(Escape(Cut(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400)), 200)));
        }

        return text.ToString();
    }

    /// <summary>Control characters shown as \uXXXX so a report stays on one line.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(char.IsControl(c) ? $"\\u{(int)c:X4}" : c);
        }

        return escaped.ToString();
    }

    /// <summary>The first <paramref name="length"/> characters, with an ellipsis when cut.</summary>
    public static string Cut(string text, int length) => text.Length > length ? text[..length] + "…" : text;
}
