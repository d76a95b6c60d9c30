using System.Buffers;
using System.Text;
using System.Text.Json;
using Catalog.Catalogue;
using Catalog.Requests;

namespace Catalog.Grains.Requests.Index;

/// <summary>
/// The pending deadlines of a request as one compact JSON string column: <c>[[clock,kind,utcTicks],…]</c>, numbers
/// only (the enums' stored values and the instant's UTC ticks, exact to the tick), about 28 characters a deadline.
/// </summary>
internal static class PendingDeadlinesFormat
{
    /// <summary>The JSON text of <paramref name="deadlines"/>.</summary>
    public static string Write(IReadOnlyList<SlaDeadline> deadlines)
    {
        var buffer = new ArrayBufferWriter<byte>(16 + (deadlines.Count * 32));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var deadline in deadlines)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue((int)deadline.Clock);
                writer.WriteNumberValue((int)deadline.Kind);
                writer.WriteNumberValue(deadline.At.UtcTicks);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The deadlines <see cref="Write"/> wrote; <see cref="FormatException"/> when the text is not that.</summary>
    public static SlaDeadline[] Read(string json)
    {
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            Expect(ref reader, JsonTokenType.StartArray);
            var deadlines = new List<SlaDeadline>(4);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new FormatException($"Expected a deadline array, found {reader.TokenType}.");
                }

                var clock = (ClockKind)ReadInt64(ref reader);
                var kind = (SlaDeadlineKind)ReadInt64(ref reader);
                var ticks = ReadInt64(ref reader);
                Expect(ref reader, JsonTokenType.EndArray);
                deadlines.Add(new SlaDeadline(clock, kind, new DateTimeOffset(ticks, TimeSpan.Zero)));
            }

            return [.. deadlines];
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentOutOfRangeException)
        {
            throw new FormatException($"'{json}' is not a list of pending deadlines: {ex.Message}", ex);
        }
    }

    private static long ReadInt64(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt64();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new FormatException($"Expected {type}, found {reader.TokenType}.");
        }
    }
}
