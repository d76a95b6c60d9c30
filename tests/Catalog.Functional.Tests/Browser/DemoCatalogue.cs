using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Catalog.Functional.Tests.Browser;

/// <summary>
/// What the page should show, read from the API it calls, and the texts a reader expects for it (the page
/// formats with Intl for en-CA / fr-CA). Tests compare the page with these rather than with copied demo data.
/// </summary>
internal sealed class DemoCatalogue(HttpClient http)
{
    private static readonly CultureInfo EnglishCanada = CultureInfo.GetCultureInfo("en-CA");

    public async Task<JsonArray> DepartmentsAsync() =>
        (await http.GetFromJsonAsync<JsonArray>("api/departments"))!;

    /// <summary>The catalogue's items for a query string such as "q=laptop" or "department=it".</summary>
    public async Task<JsonArray> ServicesAsync(string query = "") =>
        (await http.GetFromJsonAsync<JsonObject>(query.Length == 0 ? "api/catalogue" : "api/catalogue?" + query))!["items"]!.AsArray();

    public async Task<JsonObject> DetailsAsync(string id) =>
        (await http.GetFromJsonAsync<JsonObject>("api/catalogue/" + Uri.EscapeDataString(id)))!;

    public static string Id(JsonNode? node) => node!["id"]!.GetValue<string>();

    public static string English(JsonNode? text) => text!["en"]!.GetValue<string>();

    public static string French(JsonNode? text) => text!["fr"]!.GetValue<string>();

    public static List<string> Ids(JsonArray items) => items.Select(Id).ToList();

    /// <summary>"10 business days", "1 business hour".</summary>
    public static string EnglishTarget(JsonNode? target)
    {
        var value = target!["value"]!.GetValue<int>();
        var unit = target["unit"]!.GetValue<string>() == "BusinessHours" ? "business hour" : "business day";
        return value == 1 ? $"1 {unit}" : $"{value} {unit}s";
    }

    /// <summary>"10 jours ouvrables", "1 heure ouvrable".</summary>
    public static string FrenchTarget(JsonNode? target)
    {
        var value = target!["value"]!.GetValue<int>();
        var hours = target["unit"]!.GetValue<string>() == "BusinessHours";
        return (hours, value <= 1) switch
        {
            (true, true) => $"{value} heure ouvrable",
            (true, false) => $"{value} heures ouvrables",
            (false, true) => $"{value} jour ouvrable",
            (false, false) => $"{value} jours ouvrables",
        };
    }

    /// <summary>"Free", "$150.00", "$45.00 per hour", "$12.50 per invoice".</summary>
    public static string EnglishCost(JsonNode? cost)
    {
        var unit = cost!["unit"]!.GetValue<string>();
        var amount = cost["amount"]!.GetValue<decimal>();
        if (unit == "Free" || amount == 0)
        {
            return "Free";
        }

        var money = amount.ToString("C2", EnglishCanada);
        return unit switch
        {
            "PerHour" => $"{money} per hour",
            "PerUnit" => $"{money} per {(cost["unitLabel"] is { } label ? English(label) : "unit")}",
            _ => money,
        };
    }
}
