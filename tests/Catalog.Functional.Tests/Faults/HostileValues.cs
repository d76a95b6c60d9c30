using System.Text;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// The hostile material the calls are made of: ids and query values (plain ones are percent-encoded when used, raw
/// ones are sent exactly as written, e.g. invalid UTF-8 "%FF"), Idempotency-Keys, content types and whole bodies
/// that are not a JSON object.
/// </summary>
public static class HostileValues
{
    /// <summary>Injection and special-character strings: SQL, OData filters, script, traversal, / \ # ?, control characters.</summary>
    public static readonly string[] Injections =
    [
        "' or 1 eq 1", "' or ''='", "1' or '1'='1", "x'; DROP TABLE requests;--", "\" or \"\"=\"", "PartitionKey ne ''",
        "it' or PartitionKey gt '", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
        "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n", "../../etc/passwd", "..\\..\\windows\\win.ini", "....//....//etc/passwd",
        "/", "\\", "#", "?", "a/b\\c#d?e", "it/../hr", "\r\nSet-Cookie: x=1", "\0", "a\u0001b", "\u007f", "\t", "\u001b[31m",
        "\u0456t", "IT-000001\u200b", "\U0001F600", "\uFFFF", "\u202Eevil", "*", "%", "+", "&", "=",
    ];

    /// <summary>Malformed ids: empty, blank, wrong case, over-long, numbers, reserved names (percent-encoded when sent).</summary>
    public static readonly string[] MalformedIds =
    [
        "", " ", "it ", " it", "IT", "IT-", "IT-1", "it-000001", "IT-00000000000000000000001", "IT-" + new string('9', 40),
        "it." + new string('a', 2000), new string('a', 5000), "null", "undefined", "NaN", "-1", "0", "9223372036854775808",
        "1e400", "con", "aux", "nul", ".", "it.", ".it", "it..x", "it.-x",
    ];

    /// <summary>Path segments sent exactly as written: %00, invalid UTF-8, encoded traversal, broken escapes.</summary>
    public static readonly string[] RawSegments =
    [
        "%00", "a%00b", "%FF%FE", "%C0%AF", "%ED%A0%80", "%E2%82", "%F4%90%80%80", "..%2F..%2F..%2Fetc%2Fpasswd",
        "%2E%2E%2F%2E%2E%2Fapi%2Fme", "%252E%252E%252F", "%zz", "%%2F", "%0D%0ASet-Cookie:%20x=1", "a%2Fb", "a%5Cb", "a%23b", "a%3Fb",
    ];

    /// <summary>Out-of-range and malformed numbers, dates, booleans and enum names, for query values.</summary>
    public static readonly string[] OutOfRange =
    [
        "-1", "0", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "1.5", "NaN", "Infinity",
        "0x10", " 5", "+5", "\u0663", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "0001-01-01", "9999-12-31T23:59:59Z",
        "9999-12-31", "9999-12-31T25:00", "2026-02-30T00:00:00Z", "-0001-01-01", "2026-01-01T00:00:00+25:00",
        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "now", "Bogus", "99", "yes", "Submitted,,Bogus", ",,,",
        new string('x', 4000), "",
    ];

    /// <summary>Query values sent exactly as written.</summary>
    public static readonly string[] RawQueryValues =
    [
        "%FF%FE", "%C0%AF", "%E0%80%80", "%ED%A0%80", "%00", "a%00b", "%0D%0A", "%", "%zz", "%%", "%2", "+%2B+", "%E2%82",
    ];

    /// <summary>Idempotency-Keys every API must refuse: empty, blank, control characters, too long.</summary>
    public static readonly string[] BadIdempotencyKeys =
    [
        "", "   ", "\u0001", "key\u0001", "a\tb", "\u007f", "\u001b[31m", "k\u0008", new string('k', 101), new string('k', 4000),
    ];

    /// <summary>Printable but hostile Idempotency-Keys: fine as keys, sent with calls refused for another reason.</summary>
    public static readonly string[] OddIdempotencyKeys =
    [
        "a/b", "a\\b", "#", "?", "a/b\\c#d?e", "' or 1 eq 1", "<script>", "../../x", "%00", "%FF",
    ];

    /// <summary>Content types that are not JSON.</summary>
    public static readonly string[] WrongContentTypes =
    [
        "text/plain", "application/xml", "text/html", "application/x-www-form-urlencoded", "multipart/form-data; boundary=hostile",
        "application/octet-stream", "image/png", "application/javascript", "text/csv", "application/jsonx", "json",
    ];

    /// <summary>Bodies that are no JSON object at all (syntax errors, other roots, bad bytes): refused by any route that reads one.</summary>
    public static readonly byte[][] NotAnObject =
    [
        .. new[]
        {
            "{", "}", "{\"a\":}", "{'a': 1}", "{\"a\": 1,}", "{\"a\": 1}}", "{\"a\" 1}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": tru}",
            "{\"a\": \"\\x41\"}", "{\"a\": \"line\nbreak\"}", "{\"a\": \"tab\there\"}", "/* comment */ {}", "{} // trailing", "{}{}",
            "{} x", "nul", "NaN", "Infinity", "undefined", "<?xml version=\"1.0\"?><request/>", "serviceId=it.x&title=y", "",
            "   \r\n ", "null", "[]", "[{}]", "\"text\"", "42", "true", "1e400", "-", "\uFEFF", "\uFEFF{",
            new string('[', 10_000), string.Concat(Enumerable.Repeat("{\"a\":", 3_000)) + "1" + new string('}', 3_000),
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"a\":1}")],
        [0xFF, 0xFE, 0x00],
        [0x7B, 0xFF, 0x7D],
        [0xC0, 0xAF],
        [0x00, 0x00, 0x00, 0x7B, 0x7D],
    ];

    /// <summary>A character the server-side decoder may choke on, percent-encoded unless it is already raw.</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
