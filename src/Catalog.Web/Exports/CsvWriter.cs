using System.Globalization;
using System.Text;

namespace Catalog.Web.Exports;

/// <summary>
/// Writes RFC 4180 CSV that spreadsheets open safely: fields quoted when needed, and a leading =, +, - or @
/// neutralised with an apostrophe so a title typed by a user can never run as a formula in the reader's spreadsheet.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder text = new();

    /// <summary>Adds one row.</summary>
    public CsvWriter Row(params object?[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
        return this;
    }

    /// <summary>The CSV written so far.</summary>
    public override string ToString() => text.ToString();

    /// <summary>The CSV as a download named <paramref name="fileName"/>, with a byte-order mark so spreadsheets read it as UTF-8.</summary>
    public IResult ToFile(string fileName) =>
        TypedResults.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", fileName);

    private static string Field(object? value)
    {
        var field = value switch
        {
            null => "",
            DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
