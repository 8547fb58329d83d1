using CsvHelper;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Reads an exported file back the way a spreadsheet would, with either separator.</summary>
public static class CsvFile
{
    public static List<string[]> Read(string text, char separator)
    {
        using var reader = CsvReader.FromText(text.TrimStart('\uFEFF'), new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = false,

            // Read with the wrong separator the file is "malformed"; a spreadsheet still opens it.
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
        });
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(reader.Current.ToArray());
        }

        return records;
    }
}
