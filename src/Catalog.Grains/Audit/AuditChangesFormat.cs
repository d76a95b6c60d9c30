using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Catalog.Audit;

namespace Catalog.Grains.Audit;

/// <summary>
/// The changes of an entry as one JSON string property: <c>[{"field":"title","before":"A","after":"B"}]</c>. A table
/// property holds at most 64 KiB (32 Ki UTF-16 characters), so values longer than <see cref="MaxValueLength"/> end
/// with <see cref="TruncatedMarker"/>, and changes that would take the text past <see cref="MaxLength"/> are replaced
/// by one last change named <see cref="OmittedField"/> that says how many were left out.
/// </summary>
internal static class AuditChangesFormat
{
    /// <summary>The longest field name or value stored.</summary>
    public const int MaxValueLength = 1000;

    /// <summary>The longest JSON text stored, in characters.</summary>
    public const int MaxLength = 30_000;

    /// <summary>Ends a value that was cut.</summary>
    public const string TruncatedMarker = "…[truncated]";

    /// <summary>The field of the change that stands for those left out.</summary>
    public const string OmittedField = "…";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON text of <paramref name="changes"/>, within <see cref="MaxLength"/>.</summary>
    public static string Write(IReadOnlyList<AuditChange> changes)
    {
        var text = new StringBuilder("[");
        for (var i = 0; i < changes.Count; i++)
        {
            var one = One(changes[i]);

            // Room is kept for the closing bracket and the change saying how many were left out.
            if (text.Length + one.Length + 2 > MaxLength - 200)
            {
                text.Append(One(new AuditChange(OmittedField, null, $"{changes.Count - i} more changes not stored"))).Append(',');
                break;
            }

            text.Append(one).Append(',');
        }

        if (text.Length > 1)
        {
            text.Length--;
        }

        return text.Append(']').ToString();
    }

    /// <summary>The changes of a JSON text written by <see cref="Write"/>; throws <see cref="JsonException"/> when damaged.</summary>
    public static AuditChange[] Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => new AuditChange(
                e.GetProperty("field").GetString() ?? "",
                e.TryGetProperty("before", out var before) ? before.GetString() : null,
                e.TryGetProperty("after", out var after) ? after.GetString() : null))
            .ToArray();
    }

    /// <summary><paramref name="value"/> cut to <see cref="MaxValueLength"/> characters, ending with the marker when cut.</summary>
    public static string? Cut(string? value) =>
        value is null || value.Length <= MaxValueLength
            ? value
            : string.Concat(value.AsSpan(0, MaxValueLength - TruncatedMarker.Length), TruncatedMarker);

    private static string One(AuditChange change)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("field", Cut(change.Field));
            writer.WriteString("before", Cut(change.Before));
            writer.WriteString("after", Cut(change.After));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
