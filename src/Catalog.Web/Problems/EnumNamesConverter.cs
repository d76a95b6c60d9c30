using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalog.Web.Problems;

/// <summary>
/// Reads an enum from one of its names only ("Acknowledge", any case). The API's general converter also takes
/// numbers ("action": 3), numeric strings and comma-separated lists ("InformationMissing,ApprovalPending", read as
/// the two values or-ed together, which may well be a third, defined value): from a body, those are mistakes, and
/// answer 400 naming the field instead of doing something nobody asked for.
/// </summary>
internal sealed class EnumNamesConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(NameConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class NameConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<string, T> Names =
            Enum.GetNames<T>().ToDictionary(n => n, Enum.Parse<T>, StringComparer.OrdinalIgnoreCase);

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && Names.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"Use one of {string.Join(", ", Names.Keys)}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
