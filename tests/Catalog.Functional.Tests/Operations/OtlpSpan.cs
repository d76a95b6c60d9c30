namespace Catalog.Functional.Tests.Operations;

/// <summary>What the tests read of an exported span: its ids (hex) and name.</summary>
public sealed record OtlpSpan(string TraceId, string SpanId, string ParentSpanId, string Name)
{
    /// <summary>
    /// The spans of an OTLP ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → spans (2), and of each
    /// span trace_id (1), span_id (2), parent_span_id (4) and name (5). A few lines of protobuf wire format instead
    /// of a generated parser: length-delimited fields are walked, every other kind skipped.
    /// </summary>
    public static IEnumerable<OtlpSpan> Read(byte[] exportRequest) =>
        from resourceSpans in Fields(exportRequest, 1)
        from scopeSpans in Fields(resourceSpans, 2)
        from span in Fields(scopeSpans, 2)
        select new OtlpSpan(
            Hex(Fields(span, 1).FirstOrDefault()),
            Hex(Fields(span, 2).FirstOrDefault()),
            Hex(Fields(span, 4).FirstOrDefault()),
            System.Text.Encoding.UTF8.GetString(Fields(span, 5).FirstOrDefault().Span));

    private static string Hex(ReadOnlyMemory<byte> bytes) => Convert.ToHexStringLower(bytes.Span);

    /// <summary>The length-delimited fields numbered <paramref name="number"/> of one message.</summary>
    private static List<ReadOnlyMemory<byte>> Fields(ReadOnlyMemory<byte> message, int number)
    {
        var found = new List<ReadOnlyMemory<byte>>();
        var bytes = message.Span;
        var i = 0;
        while (i < bytes.Length)
        {
            var key = Varint(bytes, ref i);
            switch (key & 7)
            {
                case 0:
                    Varint(bytes, ref i);
                    break;
                case 1:
                    i += 8;
                    break;
                case 2:
                    var length = (int)Varint(bytes, ref i);
                    if ((int)(key >> 3) == number)
                    {
                        found.Add(message.Slice(i, length));
                    }

                    i += length;
                    break;
                case 5:
                    i += 4;
                    break;
                default:
                    throw new FormatException($"Unexpected protobuf wire type {key & 7} at byte {i}.");
            }
        }

        return found;
    }

    private static ulong Varint(ReadOnlySpan<byte> bytes, ref int i)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[i++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
