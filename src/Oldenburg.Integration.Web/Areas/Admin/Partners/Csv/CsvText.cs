using System.Text;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;

public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>The records of a file, or why the file cannot be read at all.</summary>
public sealed record CsvDocument(char Delimiter, IReadOnlyList<CsvRecord> Records, string? Error);

/// <summary>
/// RFC 4180 reading and writing: quoted fields may hold delimiters, quotes ("") and line breaks.
/// Spreadsheet programs write either "," or ";" depending on the locale, so reading detects it.
/// </summary>
public static class CsvText
{
    public static CsvDocument Parse(string text)
    {
        var delimiter = DetectDelimiter(text);
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        string? error = null;
        var line = 1;
        var recordLine = 1;
        var i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (fields.Count > 1 || fields[0].Length > 0 || error is not null)
                {
                    records.Add(new CsvRecord(recordLine, [.. fields], error));
                }

                fields.Clear();
                error = null;
                if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
                {
                    i++;
                }

                i++;
                line++;
                recordLine = line;
                continue;
            }

            var c = text[i];
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c == '"' && field.Length == 0)
            {
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        return new CsvDocument(delimiter, records,
                            $"Zeile {start}: Ein Anführungszeichen wird nicht geschlossen. Ab hier kann die Datei nicht gelesen werden; bitte prüfen Sie die Zeile.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i]);
                    i++;
                }

                if (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                {
                    error ??= $"Nach einem Anführungszeichen am Feldende folgt noch Text (Feld {fields.Count + 1}).";
                    while (i < text.Length && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        i++;
                    }
                }
            }
            else
            {
                if (c == '"')
                {
                    error ??= $"Anführungszeichen mitten im Feld {fields.Count + 1}; Felder mit Anführungszeichen müssen ganz in Anführungszeichen stehen.";
                }

                field.Append(c);
                i++;
            }
        }

        return new CsvDocument(delimiter, records, null);
    }

    /// <summary>The delimiter that occurs more often outside quotes in the header line; "," on a tie.</summary>
    public static char DetectDelimiter(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }
}
