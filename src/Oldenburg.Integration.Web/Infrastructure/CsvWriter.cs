using System.Text;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// RFC 4180 CSV (comma, CRLF, quotes doubled) for spreadsheets: UTF-8 with a byte order mark so
/// Excel detects the encoding, and cells that a spreadsheet would run as a formula are defused.
/// </summary>
public sealed class CsvWriter
{
    private readonly StringBuilder _builder = new();

    public CsvWriter Row(IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _builder.Append(',');
            }

            _builder.Append(Cell(cell));
            first = false;
        }

        _builder.Append("\r\n");
        return this;
    }

    public override string ToString() => _builder.ToString();

    public byte[] ToUtf8WithBom() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_builder.ToString())];

    /// <summary>One field: formula-looking text gets a leading apostrophe (OWASP CSV injection), then RFC 4180 quoting.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
