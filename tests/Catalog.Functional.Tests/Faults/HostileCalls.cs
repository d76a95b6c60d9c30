using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Catalog.Access;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// Makes hostile API calls from a seed, spread over every route the host maps and over every kind of person. Each
/// call that could change something carries at least one thing that must make it refused (a malformed or unknown id,
/// a body that is not JSON, a field no valid body has, a content type that is not JSON, an Idempotency-Key no API
/// accepts, a method the route does not map), so any 2xx to such a call, and any change to stored state, is a bug.
/// Everything else in the call is valid and aims at things that exist, so the refusal has to come from the
/// hostile part.
/// </summary>
public static partial class HostileCalls
{
    /// <summary>The caller who is signed in as nobody.</summary>
    public const string Anonymous = "(anonymous)";

    /// <summary>One of each kind of person: not signed in, requester, agent, managers of both sides, catalogue administrator, auditor.</summary>
    public static readonly string[] People = [Anonymous, "hr.requester", "it.agent", "it.manager", "hr.manager", "catalogue.admin", "org.auditor"];

    private const string IdempotencyHeader = "Idempotency-Key";
    private const string Placeholder = "@@hostile-value@@";
    private const int OverLimit = 1024 * 1024 + 64 * 1024;
    private const int MaxTarget = 7 * 1024;

    private static readonly string[] GenericQueryNames = ["q", "limit", "from", "to", "status", "lang", "id", "department", "serviceId", "client"];
    private static readonly string[] RawQueryNames = ["%FF", "a%00b", "", "q[]", "%0D%0A", "%", "=", "q%3D"];
    private static readonly string[] Methods = ["GET", "POST", "PUT", "DELETE", "PATCH"];

    /// <summary>Routes where an unknown well-formed id with a valid body creates the thing (PUT adds a person).</summary>
    private static readonly HashSet<string> Upserts = new(StringComparer.Ordinal) { "PUT api/directory/people/{userId}" };

    /// <summary><paramref name="count"/> calls; the same seed, routes and targets always make the same calls.</summary>
    public static IReadOnlyList<HostileCall> Generate(int seed, int count, IReadOnlyList<ApiRoute> routes, HostileTargets targets)
    {
        var random = new Random(seed);
        var calls = new List<HostileCall>(count);
        for (var i = 0; i < count; i++)
        {
            calls.Add(Make(i, random, routes[random.Next(routes.Count)], routes, targets));
        }

        return calls;
    }

    private static HostileCall Make(int index, Random random, ApiRoute route, IReadOnlyList<ApiRoute> routes, HostileTargets targets)
    {
        var person = Pick(random, People);
        var kinds = Kinds(route, routes);
        var kind = kinds.Count == 0 ? "anonymous" : Pick(random, kinds);
        if (kind == "anonymous")
        {
            person = Anonymous;
        }

        var segments = route.Parameters.ToDictionary(p => p, p => HostileValues.Encode(Existing(route, p, targets)), StringComparer.Ordinal);
        var template = Template(route, targets);
        var body = template is null ? null : Encoding.UTF8.GetBytes(template.ToJsonString());
        var contentType = body is null ? null : "application/json";
        var headers = new List<KeyValuePair<string, string>>();
        var method = route.Method;
        var query = "";
        var chunked = false;
        var label = kind;
        switch (kind)
        {
            case "path":
                var parameter = Pick(random, route.Parameters);
                var (segment, description) = HostileSegment(random, route, parameter);
                segments[parameter] = segment;
                label = $"path {parameter} = {description}";
                break;
            case "raw body":
                (body, label, chunked) = RawBody(random, template, readsBody: route.BodyType is not null);
                contentType = "application/json";
                break;
            case "field":
                var field = Pick(random, BodyField.Of(route.BodyType!));
                var (badLabel, bad) = Pick(random, field.BadValues());
                var duplicate = field.Segments.Count == 1 && random.Next(4) == 0;
                body = WithField(template!, field, bad, duplicate);
                label = $"field {field.Path} = {HostileCall.Cut(badLabel, 60)}{(duplicate ? " (duplicate key)" : "")}";
                break;
            case "content type":
                contentType = Pick(random, HostileValues.WrongContentTypes);
                label = $"content type {contentType}";
                break;
            case "idempotency key":
                headers.Add(new(IdempotencyHeader, Pick(random, HostileValues.BadIdempotencyKeys)));
                break;
            case "query":
                query = HostileQuery(random, route);
                break;
            case "method":
                method = Pick(random, OtherMethods(route, routes));
                label = $"method {method}";
                break;
        }

        // Garnish that cannot make a refused call valid: a printable but odd key, a hostile query.
        if (kind is "path" or "raw body" or "field" or "content type" && TakesIdempotencyKey(route) && random.Next(3) == 0)
        {
            headers.Add(new(IdempotencyHeader, Pick(random, HostileValues.OddIdempotencyKeys)));
        }

        if (kind != "query" && random.Next(5) == 0)
        {
            query = HostileQuery(random, route);
        }

        // Over-long ids stay within the HTTP server's request-line limit (8 KiB): beyond it, it answers 414 itself.
        var path = Fill(route.Template, segments);
        if (path.Length + query.Length > MaxTarget)
        {
            query = "";
        }

        return new HostileCall(index, person, route, method, path + query, body, contentType, headers, label, chunked);
    }

    /// <summary>The kinds of hostility that make this route's call refused; a route may get each several times (weights).</summary>
    private static List<string> Kinds(ApiRoute route, IReadOnlyList<ApiRoute> routes)
    {
        var kinds = new List<string>();
        if (route.Parameters.Count > 0)
        {
            kinds.AddRange(["path", "path"]);
        }

        if (route.BodyType is not null)
        {
            kinds.AddRange(["raw body", "field", "field", "field", "content type"]);
        }
        else if (!route.Mutates)
        {
            kinds.AddRange(["raw body", "query", "query", "query"]);
        }

        if (TakesIdempotencyKey(route))
        {
            kinds.Add("idempotency key");
        }

        if (OtherMethods(route, routes).Count > 0)
        {
            kinds.Add("method");
        }

        return kinds;
    }

    private static bool TakesIdempotencyKey(ApiRoute route) =>
        route.Method == "POST" && route.Template.StartsWith("api/requests", StringComparison.Ordinal);

    private static List<string> OtherMethods(ApiRoute route, IReadOnlyList<ApiRoute> routes)
    {
        var mapped = routes.Where(r => r.Template == route.Template).Select(r => r.Method).ToHashSet(StringComparer.Ordinal);
        return [.. Methods.Where(m => !mapped.Contains(m))];
    }

    /// <summary>The value of a route parameter that exists.</summary>
    private static string Existing(ApiRoute route, string parameter, HostileTargets targets) => parameter switch
    {
        "id" when route.Template.StartsWith("api/requests", StringComparison.Ordinal) => targets.RequestId,
        "id" => targets.ServiceId,
        "departmentId" or "providerDepartmentId" => targets.DepartmentId,
        "agreementId" => targets.AgreementId,
        "userId" => targets.UserId,
        _ => "probe",
    };

    /// <summary>A well-formed value of a route parameter that does not exist.</summary>
    private static string Unknown(ApiRoute route, string parameter) => parameter switch
    {
        "id" when route.Template.StartsWith("api/requests", StringComparison.Ordinal) => "IT-9999999999",
        "id" => "it.no-such-service",
        "departmentId" or "providerDepartmentId" => "nosuchdept",
        "agreementId" => "it.hr.service-no-such-service",
        "userId" => "nobody.hostile",
        _ => "no-such-thing",
    };

    /// <summary>A hostile path segment, ready to send (percent-encoded, or raw on purpose), and how the report names it.</summary>
    private static (string Segment, string Description) HostileSegment(Random random, ApiRoute route, string parameter)
    {
        while (true)
        {
            var choice = random.Next(10);
            var (value, raw) = choice switch
            {
                < 2 => (Unknown(route, parameter), false),
                < 5 => (Pick(random, HostileValues.Injections), false),
                < 8 => (Pick(random, HostileValues.MalformedIds), false),
                _ => (Pick(random, HostileValues.RawSegments), true),
            };

            // PUT adds a person: a well-formed user id is a valid call there, not a hostile one.
            if (Upserts.Contains(route.Key) && !raw
                && (choice < 2 || CatalogUserValidator.IsUserId(CatalogUserValidator.NormalizeId(value))))
            {
                continue;
            }

            return raw ? (value, "raw " + value) : (HostileValues.Encode(value), HostileCall.Escape(HostileCall.Cut(value, 40)));
        }
    }

    /// <summary>A valid body for the route aimed at the targets (null when the route reads none): hostility is added to it.</summary>
    private static JsonObject? Template(ApiRoute route, HostileTargets targets)
    {
        if (route.BodyType is null)
        {
            return null;
        }

        var agreement = (string client, int hours) => Json(new
        {
            clientDepartmentId = client,
            scope = "Service",
            scopeValue = targets.ServiceId,
            clocks = new[] { new { kind = "Acknowledgement", target = new { value = hours, unit = "BusinessHours" } } },
        });
        return route.Key switch
        {
            "POST api/catalogue" => Catalogue.CatalogueApiTests.ValidDraft("it.hostile-probe"),
            "PUT api/catalogue/{id}" => WithChangeNote(Catalogue.CatalogueApiTests.ValidDraft(targets.ServiceId)),
            "POST api/departments" => Json(new { id = "hostileprobe", name = new { fr = "Sonde", en = "Probe" }, timeZone = "America/Toronto" }),
            "POST api/agreements/{providerDepartmentId}" => agreement("legal", 3),
            "PUT api/agreements/{providerDepartmentId}/{agreementId}" => agreement("hr", 5),
            "PUT api/departments/{departmentId}/calendar" => Json(new
            {
                timeZoneId = "America/Toronto",
                hours = new[] { new { day = "Monday", start = "08:00", end = "12:00" }, new { day = "Tuesday", start = "13:00", end = "16:00" } },
                holidays = new[] { "2027-01-04" },
                yearlyHolidays = new[] { new { month = 12, day = 25 } },
            }),
            "POST api/requests" => Json(new { serviceId = targets.ServiceId, title = "Probe", answers = new Dictionary<string, string> { ["location"] = "Bureau 402" } }),
            "POST api/requests/{id}/actions" => Json(new { action = "Comment", comment = "Probe" }),
            "POST api/requests/{id}/comments" => Json(new { comment = "Probe" }),
            "POST api/requests/{id}/wait" => Json(new { reason = "InformationMissing" }),
            "PUT api/directory/people/{userId}" => Json(new { displayName = "Probe", departmentId = "hr", role = "Manager" }),
            _ => [],
        };
    }

    private static JsonObject WithChangeNote(JsonObject draft)
    {
        draft["changeNote"] = "Probe";
        return draft;
    }

    private static JsonObject Json(object value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!.AsObject();

    /// <summary>
    /// A body that is no JSON object a route could accept, or (to a route that reads one) is over the size limit: a
    /// route that reads none never sees it, and the server closes the connection rather than drain more than the limit.
    /// </summary>
    private static (byte[] Body, string Label, bool Chunked) RawBody(Random random, JsonObject? template, bool readsBody)
    {
        var choice = random.Next(readsBody ? 10 : 8);
        if (choice < 2)
        {
            var whole = Encoding.UTF8.GetBytes((template ?? new JsonObject { ["comment"] = "Probe" }).ToJsonString());
            var cut = random.Next(whole.Length);
            return (whole[..cut], $"truncated at {cut} of {whole.Length}", false);
        }

        if (choice < 7)
        {
            var body = Pick(random, HostileValues.NotAnObject);
            return (body, "not an object", false);
        }

        if (choice < 8)
        {
            while (true)
            {
                var garbage = new byte[1 + random.Next(300)];
                random.NextBytes(garbage);
                if (!IsObject(garbage))
                {
                    return (garbage, "random bytes", false);
                }
            }
        }

        var huge = Encoding.UTF8.GetBytes("{\"title\": \"" + new string('h', OverLimit) + "\"}");
        var chunked = choice == 9;
        return (huge, chunked ? "over 1 MiB, chunked" : "over 1 MiB", chunked);
    }

    private static bool IsObject(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The template with <paramref name="field"/> set to <paramref name="bad"/> (raw JSON), or given twice, the bad value last.</summary>
    private static byte[] WithField(JsonObject template, BodyField field, byte[] bad, bool duplicate)
    {
        var body = template.DeepClone().AsObject();
        if (duplicate)
        {
            var text = body.ToJsonString();
            var head = Encoding.UTF8.GetBytes(text[..^1] + (body.Count > 0 ? "," : "") + JsonSerializer.Serialize(field.Segments[0]) + ":");
            return [.. head, .. bad, (byte)'}'];
        }

        Set(body, field.Segments, JsonValue.Create(Placeholder));
        var json = Encoding.UTF8.GetBytes(body.ToJsonString());
        var marker = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Placeholder));
        var at = json.AsSpan().IndexOf(marker);
        return [.. json[..at], .. bad, .. json[(at + marker.Length)..]];
    }

    private static void Set(JsonNode root, IReadOnlyList<string> segments, JsonNode value)
    {
        var container = root;
        for (var i = 0; i < segments.Count - 1; i++)
        {
            var wantArray = segments[i + 1] == "[0]";
            var existing = Get(container, segments[i]);
            if (wantArray ? existing is not JsonArray : existing is not JsonObject)
            {
                existing = wantArray ? new JsonArray() : new JsonObject();
                Put(container, segments[i], existing);
            }

            container = existing!;
        }

        Put(container, segments[^1], value);
    }

    private static JsonNode? Get(JsonNode container, string segment) =>
        segment == "[0]" ? (container.AsArray().Count > 0 ? container[0] : null) : container.AsObject()[segment];

    private static void Put(JsonNode container, string segment, JsonNode value)
    {
        if (segment != "[0]")
        {
            container.AsObject()[segment] = value;
        }
        else if (container.AsArray().Count == 0)
        {
            container.AsArray().Add(value);
        }
        else
        {
            container[0] = value;
        }
    }

    /// <summary>One to three hostile query parameters, named as the handler binds them or generically, sometimes repeated.</summary>
    private static string HostileQuery(Random random, ApiRoute route)
    {
        var names = route.QueryNames.Concat(GenericQueryNames).Distinct(StringComparer.Ordinal).ToArray();
        var parts = new List<string>();
        for (var i = 1 + random.Next(3); i > 0; i--)
        {
            var name = random.Next(20) == 0 ? Pick(random, RawQueryNames) : HostileValues.Encode(Pick(random, names));
            var value = random.Next(4) == 0
                ? Pick(random, HostileValues.RawQueryValues)
                : HostileValues.Encode(Pick(random, random.Next(2) == 0 ? HostileValues.Injections : HostileValues.OutOfRange));
            parts.Add($"{name}={value}");
        }

        if (random.Next(10) == 0)
        {
            parts.Add(parts[0]);
        }

        return "?" + string.Join('&', parts);
    }

    private static string Fill(string template, Dictionary<string, string> segments) =>
        RouteParameter().Replace(template, m => segments[m.Groups[1].Value]);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
