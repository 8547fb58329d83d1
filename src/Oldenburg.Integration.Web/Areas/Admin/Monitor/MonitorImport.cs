using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>One row of the preview: what it would write, or why it cannot.</summary>
public sealed record MonitorImportRow(int Line, string Year, string District, string Group, string Value, MonitorCellInput? Cell, IReadOnlyList<string> Problems);

public sealed record MonitorImportPreview(string? Id, string? Hash, IReadOnlyList<MonitorImportRow> Rows, string? FileError)
{
    public bool CanCommit => FileError is null && Id is not null && Rows.Any(r => r.Cell is not null);
}

/// <summary>
/// Values of one indicator from CSV, in the partner import's two steps (ADR 0011, 0033): the preview
/// stages the file and changes nothing; the commit re-reads exactly that file and writes the rows
/// without problems. Columns: year, district (key), group (key), value, suppressed (ja/nein).
/// </summary>
public sealed class MonitorImport(AppDbContext db, MonitorValueStore store, StagedUploads staged)
{
    public const string Area = "monitor-imports";
    public const long MaxBytes = 1024 * 1024;
    public static readonly IReadOnlyList<string> Columns = ["year", "district", "group", "value", "suppressed"];

    public async Task<MonitorImportPreview> PreviewAsync(MonitorIndicator indicator, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            return Failed("Bitte wählen Sie eine CSV-Datei bis 1 MB aus.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var data = buffer.ToArray();
        var preview = await PlanAsync(indicator, data, cancellationToken);
        if (preview.FileError is not null)
        {
            return preview;
        }

        var (id, hash) = await staged.StageAsync(Area, data, cancellationToken);
        return preview with { Id = id, Hash = hash };
    }

    /// <summary>Writes the previewed rows without problems; null when the staged file is gone or not the previewed one.</summary>
    public async Task<MonitorImportPreview?> CommitAsync(MonitorIndicator indicator, string? id, string? hash, string staff, CancellationToken cancellationToken)
    {
        if (await staged.FindAsync(Area, id, hash, cancellationToken) is not { } upload)
        {
            return null;
        }

        var preview = await PlanAsync(indicator, upload.Content, cancellationToken);
        db.StoredFiles.Remove(upload);
        var cells = preview.Rows.Where(r => r.Cell is not null).Select(r => (r.Cell!.Year, r.Cell.Key, (MonitorCellInput?)r.Cell)).ToList();

        // One save: the staged file is gone exactly when its rows are in.
        var refused = await store.WriteAsync(indicator, cells, staff, "CSV-Import", cancellationToken);
        return refused is null ? preview : preview with { FileError = refused };
    }

    private async Task<MonitorImportPreview> PlanAsync(MonitorIndicator indicator, byte[] data, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Failed("Die Datei ist nicht UTF-8-kodiert. Bitte speichern Sie sie als „CSV UTF-8“.");
        }

        var document = CsvText.Parse(text);
        if (document.Error is not null || document.Records.Count == 0)
        {
            return Failed(document.Error ?? "Die Datei ist leer.");
        }

        var header = document.Records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (Columns.FirstOrDefault(c => !header.Contains(c)) is { } missing)
        {
            return Failed($"Die Spalte „{missing}“ fehlt. Die erste Zeile muss lauten: {string.Join(",", Columns)}");
        }

        var districts = await db.Districts.ToDictionaryAsync(d => d.Key, d => d.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var expected = (await store.ExpectedAsync(indicator, cancellationToken)).ToHashSet();
        var seen = new HashSet<(int, MonitorCellKey)>();
        var rows = new List<MonitorImportRow>();
        foreach (var record in document.Records.Skip(1))
        {
            string Field(string column) => header.IndexOf(column) is var i && i < record.Fields.Count ? SpreadsheetCsvWriter.Restore(record.Fields[i]).Trim() : "";
            var (yearText, district, group, valueText, suppressedText) = (Field("year"), Field("district"), Field("group"), Field("value"), Field("suppressed").ToLowerInvariant());
            var problems = new List<string>();
            if (record.Error is not null)
            {
                problems.Add(record.Error);
            }

            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < MonitorCells.FirstYear or > MonitorCells.LastYear)
            {
                problems.Add($"„{yearText}“ ist kein Jahr zwischen {MonitorCells.FirstYear} und {MonitorCells.LastYear}.");
            }

            int? districtId = district.Length == 0 ? null : districts.TryGetValue(district, out var d) ? d : null;
            if (district.Length > 0 && districtId is null)
            {
                problems.Add($"Den Stadtteil „{district}“ gibt es nicht. Bitte nutzen Sie den Schlüssel aus der Stadtteil-Liste.");
            }

            var key = new MonitorCellKey(districtId, group.Length == 0 ? null : group);
            if ((district.Length == 0 || districtId is not null) && !expected.Contains(key))
            {
                problems.Add("Diese Kombination aus Stadtteil und Gruppe passt nicht zur Aufschlüsselung der Kennzahl.");
            }

            var suppressed = suppressedText is "ja" or "1" or "true";
            if (suppressedText is not ("" or "ja" or "nein" or "1" or "0" or "true" or "false"))
            {
                problems.Add($"„{suppressedText}“ in der Spalte suppressed: bitte „ja“ oder „nein“.");
            }

            if (MonitorCells.Parse(valueText, out var value, out var blank) is { } error)
            {
                problems.Add(error);
            }
            else if (blank && !suppressed)
            {
                problems.Add("Kein Wert: bitte eine Zahl, „-“ für keine Angabe oder suppressed = ja.");
            }

            if (problems.Count == 0 && !seen.Add((year, key)))
            {
                problems.Add($"Dieses Feld ({year}) steht schon in einer früheren Zeile.");
            }

            var cell = problems.Count == 0 ? new MonitorCellInput(year, key, suppressed ? null : value, suppressed) : null;
            rows.Add(new MonitorImportRow(record.Line, yearText, district, group, valueText, cell, problems));
        }

        return new MonitorImportPreview(null, null, rows, null);
    }

    private static MonitorImportPreview Failed(string message) => new(null, null, [], message);
}
