using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Catalog.Web.Problems;

/// <summary>
/// Reads a JSON request body with the API's serializer options. A missing, unreadable or mistyped body comes back
/// as validation errors naming the field ("cost.unit", or "body" for the whole), so it answers 400 problem
/// details and never reaches a grain. Enums are read from their names only.
/// </summary>
internal static class JsonBody
{
    private const string ObjectRequired = "A JSON object is required.";

    /// <summary>The API's options with enums read from their names only (<see cref="EnumNamesConverter"/>), made once.</summary>
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Strict = new();

    /// <summary>The body as <typeparamref name="T"/>, or the errors explaining why it is not one.</summary>
    public static async Task<(T? Value, IDictionary<string, string[]>? Errors)> ReadAsync<T>(
        HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        var options = Strict.GetValue(
            request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions, WithEnumNames);
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

    /// <summary>A copy of <paramref name="options"/> whose enum converter, ahead of the others, takes names only.</summary>
    private static JsonSerializerOptions WithEnumNames(JsonSerializerOptions options)
    {
        var strict = new JsonSerializerOptions(options);
        strict.Converters.Insert(0, new EnumNamesConverter());
        return strict;
    }

    /// <summary>"$.cost.unit" → "cost.unit"; "$.steps[1].fr" → "steps[1].fr".</summary>
    private static string FieldOf(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static Dictionary<string, string[]> Error(string field, string message) => new() { [field] = [message] };
}
