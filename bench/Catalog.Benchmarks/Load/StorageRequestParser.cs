using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Benchmarks.Load;

/// <summary>
/// Reads the requests of one connection to Azurite as they pass (HTTP/1.1: a header block, then Content-Length bytes
/// of body) and names each one "METHOD Table": GET for a point read (the path names PartitionKey and RowKey), QUERY
/// for any other GET, "POST $batch" for an entity-group transaction (the operations inside it are counted apart).
/// A request without a Content-Length (chunked) stops the parsing of that connection and counts as "unparsed".
/// Rows of the grain state table are named after their row key, the grain's state name
/// ("PUT CatalogGrainState[request-number]"); an insert's keys are in its body, so it is counted once the body is read.
/// </summary>
public sealed partial class StorageRequestParser(Action<string> request, Action<string> batchedOperation, Action<string>? dump = null)
{
    /// <summary>The grain state table, whose row keys are state names.</summary>
    public const string GrainStateTable = "CatalogGrainState";

    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private readonly MemoryStream header = new();
    private MemoryStream? batchBody;
    private string? insertInto;
    private long bodyLeft;
    private bool lost;

    /// <summary>Takes the next bytes the client sent.</summary>
    public void Feed(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty && !lost)
        {
            if (bodyLeft > 0)
            {
                var take = (int)Math.Min(bodyLeft, data.Length);
                batchBody?.Write(data[..take]);
                bodyLeft -= take;
                data = data[take..];
                if (bodyLeft == 0)
                {
                    EndBody();
                }

                continue;
            }

            var searchFrom = (int)Math.Max(0, header.Length - 3);
            header.Write(data);
            var buffered = header.GetBuffer().AsSpan(0, (int)header.Length);
            var end = buffered[searchFrom..].IndexOf(HeaderEnd);
            if (end < 0)
            {
                return;
            }

            end += searchFrom;
            var rest = buffered[(end + HeaderEnd.Length)..].ToArray();
            Begin(Encoding.ASCII.GetString(buffered[..end]));
            header.SetLength(0);
            data = rest;
        }
    }

    /// <summary>The "METHOD Table" name of a request line's method and path.</summary>
    public static string Name(string method, string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var bare = query >= 0 ? path[..query] : path;
        if (bare.StartsWith("http", StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(bare, UriKind.Absolute, out var absolute))
        {
            bare = absolute.AbsolutePath;
        }

        // Path style: /{account}/{table}(keys)
        var segments = bare.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var resource = segments.Length >= 2 ? Uri.UnescapeDataString(segments[1]) : bare;
        var paren = resource.IndexOf('(', StringComparison.Ordinal);
        var table = paren >= 0 ? resource[..paren] : resource;
        var pointRead = paren >= 0 && resource.Contains("PartitionKey", StringComparison.Ordinal);
        var verb = method == "GET" && !pointRead ? "QUERY" : method;
        if (table == GrainStateTable && RowKeyInPath().Match(resource) is { Success: true } row)
        {
            table += "[" + row.Groups[1].Value + "]";
        }

        return verb + " " + table;
    }

    private void Begin(string head)
    {
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        if (parts.Length < 2)
        {
            lost = true;
            request("unparsed");
            return;
        }

        var name = Name(parts[0], parts[1]);
        insertInto = name == "POST " + GrainStateTable ? name : null;
        if (insertInto is null)
        {
            request(name);
        }

        dump?.Invoke(lines[0]);
        long length = 0;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            if (key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (key.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                lost = true;
                request("unparsed");
                return;
            }
        }

        bodyLeft = length;
        batchBody = (name.EndsWith("$batch", StringComparison.Ordinal) || insertInto is not null) && length > 0 ? new MemoryStream() : null;
        if (length == 0)
        {
            EndBody();
        }
    }

    private void EndBody()
    {
        var text = batchBody is null ? "" : Encoding.UTF8.GetString(batchBody.GetBuffer(), 0, (int)batchBody.Length);
        batchBody = null;
        if (insertInto is not null)
        {
            request(RowKeyInBody().Match(text) is { Success: true } row ? insertInto + "[" + row.Groups[1].Value + "]" : insertInto);
            insertInto = null;
            return;
        }

        foreach (Match match in InnerRequest().Matches(text))
        {
            batchedOperation(Name(match.Groups[1].Value, match.Groups[2].Value));
        }
    }

    [GeneratedRegex(@"RowKey='([^']*)'")]
    private static partial Regex RowKeyInPath();

    [GeneratedRegex("\"RowKey\":\\s*\"([^\"]*)\"")]
    private static partial Regex RowKeyInBody();

    [GeneratedRegex(@"^(GET|POST|PUT|MERGE|PATCH|DELETE) (\S+) HTTP/1\.1", RegexOptions.Multiline)]
    private static partial Regex InnerRequest();
}
