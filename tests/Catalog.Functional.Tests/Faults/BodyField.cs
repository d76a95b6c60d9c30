using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Catalog.Domain.Catalogue;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// A field of a request body, found by reflection on the type the route accepts ("cost.amount", "hours[0].start",
/// "answers.probe"), with the JSON values that can never be a valid value of it: wrong JSON types, unknown enum
/// names and undefined numbers, numbers that overflow, impossible dates, strings longer than any limit, invalid
/// UTF-8, and (for ids) injection strings. Each value is the raw JSON text put where the field goes.
/// </summary>
/// <param name="Segments">The path: property names (camelCase), "[0]" for a list's first item, a key for a dictionary.</param>
/// <param name="Type">The CLR type there.</param>
/// <param name="Name">The property the path ends in (a list's or dictionary's name for its items).</param>
public sealed record BodyField(IReadOnlyList<string> Segments, Type Type, string Name)
{
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<BodyField>> Cache = new();

    /// <summary>Properties that name something (an id, a zone, a category): an injection string is never valid there.</summary>
    private static readonly HashSet<string> IdLike = new(StringComparer.Ordinal)
    {
        "id", "serviceId", "clientDepartmentId", "departmentId", "category", "timeZone", "timeZoneId", "currency", "scopeValue",
        "eligibleDepartments",
    };

    /// <summary>"cost.amount", "hours[0].start".</summary>
    public string Path => string.Join('.', Segments).Replace(".[", "[", StringComparison.Ordinal);

    /// <summary>Every field of <paramref name="type"/>, containers included, down to a few levels.</summary>
    public static IReadOnlyList<BodyField> Of(Type type) => Cache.GetOrAdd(type, t =>
    {
        var fields = new List<BodyField>();
        Walk(t, [], 0, fields);
        return fields;
    });

    /// <summary>Raw JSON values this field never accepts.</summary>
    public IReadOnlyList<(string Label, byte[] Json)> BadValues()
    {
        var t = Nullable.GetUnderlyingType(Type) ?? Type;
        var values = new List<string>();
        if (Type.IsValueType && Nullable.GetUnderlyingType(Type) is null)
        {
            values.Add("null");
        }

        if (t == typeof(string))
        {
            values.AddRange(["42", "true", "[]", "{}", "-1e400"]);
            if (IdLike.Contains(Name))
            {
                // Not the ones the rules allow: "null" is a well-formed department id, "*" the agreements' any-client.
                values.AddRange(HostileValues.Injections.Concat(HostileValues.MalformedIds)
                    .Where(m => m.Trim().Length > 0 && m != "*" && !CatalogueIds.IsDepartmentId(m) && !CatalogueIds.IsServiceId(m))
                    .Select(Quote));
            }

            var raw = new List<(string, byte[])>
            {
                ("over-long 100 000 characters", Encoding.UTF8.GetBytes(Quote(new string('x', 100_000)))),
                ("big but allowed 900 000 characters", Encoding.UTF8.GetBytes(Quote(new string('y', 900_000)))),
                ("invalid UTF-8 FF FE", [0x22, 0x61, 0xFF, 0xFE, 0x62, 0x22]),
                ("overlong UTF-8 C0 AF", [0x22, 0xC0, 0xAF, 0x22]),
                ("UTF-8 encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
                ("truncated UTF-8", [0x22, 0x61, 0xE2, 0x82, 0x22]),
                ("lone surrogate escape", Encoding.UTF8.GetBytes("\"a\\uD800b\"")),
                ("lone low surrogate escape", Encoding.UTF8.GetBytes("\"\\uDC00\"")),
            };
            return [.. values.Select(v => (v, Encoding.UTF8.GetBytes(v))), .. raw];
        }

        if (t.IsEnum)
        {
            values.AddRange(["\"NoSuchValue\"", "99", "-1", "1e400", "\"\"", "\"99\"", "\"-1\"", "2147483648", "{}", "[]", "true",
                $"\"{Enum.GetNames(t)[0]}; DROP TABLE x\"", "\"' or 1 eq 1\"", $"\"{string.Join(',', Enum.GetNames(t).Take(2))}\"",
                "\"<script>\"", "\"\\u0000\""]);
        }
        else if (t == typeof(bool))
        {
            values.AddRange(["\"yes\"", "1", "{}", "[]", "\"\""]);
        }
        else if (t == typeof(int) || t == typeof(long) || t == typeof(short))
        {
            values.AddRange(["\"abc\"", "1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "1.5", "-1", "\"\"",
                "[]", "true", "\"0x10\"", "1e3", "\"-1\"", "-2147483649"]);
        }
        else if (t == typeof(decimal) || t == typeof(double) || t == typeof(float))
        {
            values.AddRange(["\"abc\"", "1e400", "-1e400", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "-1", "1e29", "[]", "true", "\"\"",
                "-79228162514264337593543950336"]);
        }
        else if (t == typeof(DateOnly))
        {
            values.AddRange(["\"0000-01-01\"", "\"2026-02-30\"", "\"9999-12-31T25:00\"", "\"2026-13-01\"", "\"-0001-01-01\"", "20260101",
                "\"yesterday\"", "\"\"", "\"10000-01-01\"", "\"2026-1-1\"", "\"' or 1 eq 1\""]);
        }
        else if (t == typeof(TimeOnly))
        {
            values.AddRange(["\"25:00\"", "\"24:00\"", "\"12:60\"", "\"-01:00\"", "\"9999-12-31T25:00\"", "\"\"", "1200", "\"8h\"",
                "\"23:59:60\""]);
        }
        else if (t == typeof(DateTimeOffset) || t == typeof(DateTime))
        {
            values.AddRange(["\"0000-01-01T00:00:00Z\"", "\"9999-12-31T25:00\"", "\"2026-02-30T00:00:00Z\"", "1e400", "\"\"",
                "\"9999-12-31T23:59:59-14:00\""]);
        }
        else if (DictionaryValueType(t) is not null)
        {
            values.AddRange(["[]", "\"x\"", "42", "{\"probe\": 5}", "{\"probe\": null}", "{\"\": \"x\"}", "{\" \": \"x\"}",
                "{" + string.Join(',', Enumerable.Range(0, 51).Select(i => $"\"q{i}\": \"a\"")) + "}",
                "{" + Quote(new string('k', 101)) + ": \"x\"}",
                "{\"probe\": " + Quote(new string('z', 4001)) + "}"]);
        }
        else if (ItemType(t) is not null)
        {
            values.AddRange(["\"not a list\"", "{}", "42", "true"]);
        }
        else
        {
            values.AddRange(["\"text\"", "42", "[]", "true"]);
        }

        return [.. values.Select(v => (v, Encoding.UTF8.GetBytes(v)))];
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static void Walk(Type type, List<string> prefix, int depth, List<BodyField> into)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
                Add(property.PropertyType, [.. prefix, name], name, depth, into);
            }
        }
    }

    private static void Add(Type type, List<string> segments, string name, int depth, List<BodyField> into)
    {
        into.Add(new BodyField(segments, type, name));
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (depth >= MaxDepth || t == typeof(string) || t.IsPrimitive || t.IsEnum || t.IsValueType)
        {
            return;
        }

        if (DictionaryValueType(t) is { } value)
        {
            Add(value, [.. segments, "probe"], name, depth + 1, into);
        }
        else if (ItemType(t) is { } item)
        {
            Add(item, [.. segments, "[0]"], name, depth + 1, into);
        }
        else if (t.IsClass)
        {
            Walk(t, segments, depth + 1, into);
        }
    }

    private static Type? DictionaryValueType(Type t) =>
        (t.IsGenericType && t.GetGenericTypeDefinition() is var d
            && (d == typeof(Dictionary<,>) || d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>)))
            ? t.GetGenericArguments()[1]
            : null;

    private static Type? ItemType(Type t) =>
        t.IsArray
            ? t.GetElementType()
            : t.GetInterfaces().Append(t)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
