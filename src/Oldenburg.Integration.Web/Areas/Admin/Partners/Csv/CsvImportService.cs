using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;

/// <summary>The preview of an uploaded file; <see cref="Id"/> and <see cref="Hash"/> identify the stored upload for the commit.</summary>
public sealed record ImportPreview(string? Id, string? Hash, IReadOnlyList<ImportRow> Rows, string? FileError)
{
    public int Count(ImportAction action) => Rows.Count(r => r.Action == action);

    public bool CanCommit => FileError is null && Id is not null && Rows.Any(r => r.Action is ImportAction.Create or ImportAction.Update);
}

/// <summary>
/// CSV import in two steps. The upload is stored under a random name and previewed without
/// changing anything; the commit re-reads exactly that file (checked by its SHA-256) and saves
/// the rows without errors. Entries are matched by slug, so importing a file twice changes nothing.
/// The upload is kept in the database, so the commit may reach another instance than the preview.
/// </summary>
public sealed class CsvImportService(AppDbContext db, AuditLog audit, StagedUploads staged, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const string Area = "partner-imports";

    public async Task<ImportPreview> UploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await staged.DeleteExpiredAsync(Area, cancellationToken);
        if (file is null || file.Length == 0)
        {
            return Failed("Bitte wählen Sie eine CSV-Datei aus.");
        }

        if (file.Length > MaxBytes)
        {
            return Failed("Die Datei ist größer als 5 MB. Bitte teilen Sie sie auf.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var data = buffer.ToArray();
        var preview = await PreviewAsync(data, cancellationToken);
        if (preview.FileError is not null)
        {
            return preview;
        }

        var (id, hash) = await staged.StageAsync(Area, data, cancellationToken);
        return preview with { Id = id, Hash = hash };
    }

    /// <summary>Imports the rows without errors; null when the upload is gone, expired or not the previewed file.</summary>
    public async Task<ImportPreview?> CommitAsync(string? id, string? hash, string staffName, CancellationToken cancellationToken)
    {
        if (await staged.FindAsync(Area, id, hash, cancellationToken) is not { } upload)
        {
            return null;
        }

        var data = upload.Content;
        var (preview, existing) = await PlanAsync(data, cancellationToken);
        db.StoredFiles.Remove(upload);
        if (preview.FileError is null)
        {
            // Staged here, saved by the import's own save: the entry exists exactly when the rows do.
            audit.Add(AuditActions.Imported, staffName, "partners", null, "CSV-Import",
                $"{preview.Count(ImportAction.Create)} angelegt, {preview.Count(ImportAction.Update)} geändert, {preview.Count(ImportAction.Error)} mit Fehlern übersprungen");
        }

        // One save: the upload is gone exactly when its rows are in.
        await ApplyAsync(preview.FileError is null ? preview.Rows : [], existing, staffName, cancellationToken);
        return preview;
    }

    /// <summary>Every entry, drafts included, in the import format.</summary>
    public Task ExportAsync(Stream destination, CancellationToken cancellationToken) => PartnerCsv.ExportAsync(destination, db.Partners.AsNoTracking()
        .Include(p => p.Type).Include(p => p.District).Include(p => p.Topics).Include(p => p.Languages)
        .Include(p => p.Translations).Include(p => p.OpeningHours)
        .AsSplitQuery()
        .OrderBy(p => p.NameSortKey).ThenBy(p => p.Id)
        .AsAsyncEnumerable(), cancellationToken);

    private async Task<ImportPreview> PreviewAsync(byte[] data, CancellationToken cancellationToken) =>
        (await PlanAsync(data, cancellationToken)).Preview;

    private async Task<(ImportPreview Preview, Dictionary<string, Partner> Existing)> PlanAsync(byte[] data, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(data).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (Failed("Die Datei ist nicht UTF-8-kodiert. Bitte speichern Sie sie als „CSV UTF-8“."), []);
        }

        var document = CsvText.Parse(text);
        if (document.Error is not null || document.Records.Count == 0)
        {
            return (Failed(document.Error ?? "Die Datei ist leer."), []);
        }

        var header = document.Records[0].Fields.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (PartnerImportPlanner.CheckHeader(header) is { } headerError)
        {
            return (Failed(headerError), []);
        }

        var slugIndex = header.IndexOf(PartnerCsv.Slug);
        var slugs = document.Records.Skip(1).Where(r => r.Fields.Count > slugIndex).Select(r => r.Fields[slugIndex].Trim()).Distinct().ToList();
        var existing = await db.Partners
            .Include(p => p.Type).Include(p => p.District).Include(p => p.Topics).Include(p => p.Languages)
            .Include(p => p.Translations).Include(p => p.OpeningHours)
            .AsSplitQuery()
            .Where(p => slugs.Contains(p.Slug))
            .ToDictionaryAsync(p => p.Slug, cancellationToken);
        var keys = new LookupKeys(
            (await db.PartnerTypes.Select(l => l.Key).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Topics.Select(l => l.Key).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.ServiceLanguages.Select(l => l.Key).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Districts.Select(l => l.Key).ToListAsync(cancellationToken)).ToHashSet());
        var rows = PartnerImportPlanner.Plan(header, document.Records.Skip(1), existing, keys);
        return (new ImportPreview(null, null, rows, null), existing);
    }

    private async Task ApplyAsync(IReadOnlyList<ImportRow> rows, Dictionary<string, Partner> existing, string staffName, CancellationToken cancellationToken)
    {
        var types = await db.PartnerTypes.ToDictionaryAsync(l => l.Key, cancellationToken);
        var topics = await db.Topics.ToDictionaryAsync(l => l.Key, cancellationToken);
        var languages = await db.ServiceLanguages.ToDictionaryAsync(l => l.Key, cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(l => l.Key, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in rows.Where(r => r.Action is ImportAction.Create or ImportAction.Update))
        {
            if (!existing.TryGetValue(row.Slug, out var partner))
            {
                partner = new Partner();
                db.Partners.Add(partner);
            }

            var cells = row.Cells;
            string? Cell(string column) => cells.TryGetValue(column, out var v) ? v : null;
            string? Optional(string column, string? current) => cells.TryGetValue(column, out var v) ? (v.Length == 0 ? null : v) : current;

            partner.Slug = row.Slug;
            partner.Name = row.Name;
            partner.Type = types[cells[PartnerCsv.Type]];
            partner.District = Cell(PartnerCsv.District) is { } district ? (district.Length == 0 ? null : districts[district]) : partner.District;
            if (Cell(PartnerCsv.Topics) is { } topicKeys)
            {
                partner.Topics = [.. PartnerCsv.SplitKeys(topicKeys).Select(k => topics[k])];
            }

            if (Cell(PartnerCsv.Languages) is { } languageKeys)
            {
                partner.Languages = [.. PartnerCsv.SplitKeys(languageKeys).Select(k => languages[k])];
            }

            partner.Street = Optional(PartnerCsv.Street, partner.Street);
            partner.PostalCode = Optional(PartnerCsv.PostalCode, partner.PostalCode);
            partner.City = Optional(PartnerCsv.City, partner.City);
            partner.Phone = Optional(PartnerCsv.Phone, partner.Phone);
            partner.Email = Optional(PartnerCsv.Email, partner.Email);
            partner.Website = Optional(PartnerCsv.Website, partner.Website);
            partner.BarrierFree = Cell(PartnerCsv.BarrierFree) is { } barrierFree ? barrierFree == "ja" : partner.BarrierFree;
            partner.AppointmentOnly = Cell(PartnerCsv.AppointmentOnly) is { } appointment ? appointment == "ja" : partner.AppointmentOnly;
            if (Cell(PartnerCsv.OpeningHours) is { } hours)
            {
                partner.OpeningHours = PartnerRules.ParseHours(hours, out _) ?? [];
            }

            partner.State = Cell(PartnerCsv.State) is { } state ? (state == "published" ? PublishState.Published : PublishState.Draft) : partner.State;
            if (Cell(PartnerCsv.LastChecked) is { } checkedOn
                && checkedOn != (partner.LastCheckedAt?.ToString(PartnerCsv.DateFormat, CultureInfo.InvariantCulture) ?? ""))
            {
                partner.LastCheckedAt = checkedOn.Length == 0 ? null : DateTime.SpecifyKind(DateTime.ParseExact(checkedOn, PartnerCsv.DateFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc);
                partner.LastCheckedBy = checkedOn.Length == 0 ? null : staffName;
            }

            foreach (var culture in PartnerCsv.Cultures)
            {
                ApplyText(partner, culture, cells);
            }

            partner.RefreshSearchFields();
            partner.Touch(staffName, now);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void ApplyText(Partner partner, string culture, IReadOnlyDictionary<string, string> cells)
    {
        var text = partner.Translations.FirstOrDefault(t => t.Culture == culture);
        string Value(string column, string? current) => cells.TryGetValue(column, out var v) ? v : current ?? "";
        var shortText = Value(PartnerCsv.ShortDescription(culture), text?.ShortDescription);
        var description = Value(PartnerCsv.Description(culture), text?.Description);
        var targetGroups = Value(PartnerCsv.TargetGroups(culture), text?.TargetGroups);
        if (shortText.Length == 0)
        {
            // The planner refused a row with other texts but no short description, so this language is simply empty.
            if (text is not null)
            {
                partner.Translations.Remove(text);
            }

            return;
        }

        if (text is null)
        {
            text = new PartnerTranslation { Culture = culture };
            partner.Translations.Add(text);
        }

        text.ShortDescription = shortText;
        text.Description = description.Length == 0 ? null : description;
        text.TargetGroups = targetGroups.Length == 0 ? null : targetGroups;
    }

    private static ImportPreview Failed(string message) => new(null, null, [], message);
}
