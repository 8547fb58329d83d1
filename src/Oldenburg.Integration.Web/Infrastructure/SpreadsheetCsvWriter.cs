using System.Text;
using CsvHelper;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// The one CSV dialect of every export: RFC 4180 with commas, UTF-8 with a byte order mark so that
/// Excel detects the encoding, written in pieces to the destination as rows arrive.
/// German spreadsheets split on ";" and, when they do, ignore a quote that does not open a field, so a
/// file must stay harmless read either way: cells holding "," or ";" are quoted, and every text that a
/// spreadsheet could start a cell with (the cell itself, and whatever follows a ";" or a line break in
/// it) gets an apostrophe before a formula character (OWASP's CSV injection advice).
/// </summary>
public sealed class SpreadsheetCsvWriter : IAsyncDisposable
{
    /// <summary>= + - @ tab and CR, as OWASP lists them.</summary>
    public static readonly string FormulaStarts = CsvWriterOptions.Default.InjectionCharacters;

    private const char Apostrophe = '\'';

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        BufferSize = 16 * 1024,
        ShouldQuote = (text, _, _, _) => text.IndexOfAny(',', ';') >= 0,

        // Neutralise already escapes a cell's start; the library's own check stays as a second guard.
        Injection = CsvInjection.Escape,
    };

    private readonly CsvWriter _csv;

    public SpreadsheetCsvWriter(Stream destination) => _csv = CsvWriter.Create(destination, Options, leaveOpen: true);

    public async Task RowAsync(IEnumerable<string?> cells, CancellationToken cancellationToken)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(Neutralise(cell));
        }

        await _csv.EndRecordAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    /// <summary>
    /// An apostrophe before each piece that could start a cell and, after optional apostrophes and
    /// spaces, starts with a formula character or a quote (which a spreadsheet would strip). Apostrophes
    /// already there are counted, so <see cref="Restore"/> gives back exactly the original text.
    /// </summary>
    public static string Neutralise(string? value)
    {
        var text = value ?? "";
        var output = new StringBuilder(text.Length + 2);
        for (var i = 0; i < text.Length; i++)
        {
            if (StartsPiece(text, i) && LooksLikeFormula(text, i))
            {
                output.Append(Apostrophe);
            }

            output.Append(text[i]);
        }

        return output.ToString();
    }

    /// <summary>Undoes <see cref="Neutralise"/>, for a file that comes back to be imported.</summary>
    public static string Restore(string text)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Apostrophe && StartsPiece(text, i) && LooksLikeFormula(text, i + 1))
            {
                continue;
            }

            output.Append(text[i]);
        }

        return output.ToString();
    }

    private static bool StartsPiece(string text, int i) => i == 0 || text[i - 1] is ';' or '\r' or '\n';

    private static bool LooksLikeFormula(string text, int i)
    {
        while (i < text.Length && text[i] is Apostrophe or ' ')
        {
            i++;
        }

        return i < text.Length && (text[i] == '"' || FormulaStarts.Contains(text[i], StringComparison.Ordinal));
    }
}
