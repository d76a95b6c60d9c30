using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Faults;

/// <summary>
/// What is stored, as an auditor reads it through the API: the catalogue (retired entries too), the departments,
/// every department's agreements, calendar and queues as provider and as client, the people directory, the audit
/// trail, and the targets of the hostile calls in detail. Readings that move with the clock alone (a request at
/// risk, clocks as of now) are left out, so two snapshots differ only when something was changed.
/// </summary>
public static class PlatformSnapshot
{
    private static readonly string[] Moving = ["atRisk", "breached", "clientOverdue", "clocks", "asOf", "allowedActions"];

    /// <summary>Every reading, by what was read.</summary>
    public static async Task<SortedDictionary<string, string>> TakeAsync(HttpClient auditor, HostileTargets targets)
    {
        var readings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        async Task Read(string path)
        {
            var reading = Normalize(await auditor.GetFromJsonAsync<JsonNode>(path));
            lock (readings)
            {
                readings[path] = reading;
            }
        }

        await Read("api/catalogue?includeRetired=true");
        await Read("api/departments");
        await Read("api/directory/people");
        await Read("api/audit?limit=1000");
        await Read($"api/catalogue/{targets.ServiceId}");
        await Read($"api/requests/{targets.RequestId}");
        await Read($"api/agreements/{targets.DepartmentId}/{targets.AgreementId}");
        var departments = (await auditor.GetFromJsonAsync<JsonArray>("api/departments"))!.Select(d => d!["id"]!.GetValue<string>());
        await Task.WhenAll(departments.SelectMany(d => new[]
        {
            Read($"api/agreements/{d}"),
            Read($"api/departments/{d}/calendar"),
            Read($"api/queues/provider/{d}?limit=1000"),
            Read($"api/queues/client/{d}?limit=1000"),
        }));
        return readings;
    }

    /// <summary>The readings that differ, each with where it starts to differ.</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var (was, now) = (before.GetValueOrDefault(key) ?? "(absent)", after.GetValueOrDefault(key) ?? "(absent)");
            if (was != now)
            {
                var at = Enumerable.Range(0, Math.Min(was.Length, now.Length)).FirstOrDefault(i => was[i] != now[i], Math.Min(was.Length, now.Length));
                var from = Math.Max(0, at - 80);
                yield return $"{key} changed at character {at}:\n    before …{HostileCall.Cut(was[from..], 400)}\n    after  …{HostileCall.Cut(now[from..], 400)}";
            }
        }
    }

    private static string Normalize(JsonNode? node)
    {
        Strip(node);
        return node?.ToJsonString() ?? "null";
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in Moving)
                {
                    o.Remove(name);
                }

                foreach (var (_, child) in o)
                {
                    Strip(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Strip(child);
                }

                break;
        }
    }
}
