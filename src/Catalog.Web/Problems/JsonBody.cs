using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Catalog.Web.Problems;

/// <summary>
/// Reads a JSON request body with the API's serializer options. A missing, unreadable or mistyped body comes back
/// as validation errors naming the field ("cost.unit", or "body" for the whole), so it answers 400 problem
/// details and never reaches a grain.
/// </summary>
internal static class JsonBody
{
    private const string ObjectRequired = "A JSON object is required.";

    /// <summary>The body as <typeparamref name="T"/>, or the errors explaining why it is not one.</summary>
    public static async Task<(T? Value, IDictionary<string, string[]>? Errors)> ReadAsync<T>(
        HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, cancellationToken);
            return value is null ? (null, Error("body", ObjectRequired)) : (value, null);
        }
        catch (JsonException exception)
        {
            var errors = exception.Path is null or "$"
                ? Error("body", ObjectRequired)
                : Error(FieldOf(exception.Path), "Not a valid value: wrong type, or not one of the allowed values.");
            return (null, errors);
        }
    }

    /// <summary>"$.cost.unit" → "cost.unit"; "$.steps[1].fr" → "steps[1].fr".</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };
}
