using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

/// <summary>The choices of the publication form, with German names.</summary>
public sealed record PublicationFormOptions(IReadOnlyList<LookupOption> Topics, IReadOnlyList<LookupOption> Offers, long MaxUploadBytes, IReadOnlyList<string> Formats);

/// <summary>What the form shows of each stored version's file, by language.</summary>
public sealed record PublicationFileInfo(string DownloadName, long FileSize, int? PageCount);

/// <summary>
/// Publications add language versions with files to the shared mechanism. The definition is per
/// request, so it carries the checked uploads from validation to the save, like the partner logo.
/// </summary>
public sealed class PublicationDefinition(
    AppDbContext db, PublicationFiles files, PublicationQueries publicQueries, IOptions<PublicationFileOptions> fileOptions, TimeProvider clock)
    : TitledContentDefinition<Publication, PublicationVersion, PublicationEditModel>(db)
{
    private readonly Dictionary<string, CheckedUpload> _uploads = new(StringComparer.Ordinal);
    private readonly List<string> _replaced = [];

    public const string ContentKey = "publications";

    public override string Key => ContentKey;

    public override string Label => "Publikationen";

    public override ContentWording Wording { get; } = new(
        "Publikationen", "Neue Publikation", "Publikation bearbeiten", "diese Publikation", "sie", "Veröffentlichte Publikationen");

    protected override string PublicSegment => "publications";

    protected override IOrderedQueryable<Publication> Ordered(IQueryable<Publication> items) =>
        items.OrderByDescending(p => p.Year).ThenBy(p => p.Slug);

    public override PublicationEditModel PrepareForm(PublicationEditModel model) => model.WithBlankRows();

    public override object? FormInfo(Publication item) =>
        item.Translations.ToDictionary(v => v.Culture, v => new PublicationFileInfo(v.DownloadName, v.FileSize, v.PageCount), StringComparer.Ordinal);

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken)
    {
        var topics = await Db.Topics.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new LookupOption(t.Id, t.Key, t.Translations.Where(x => x.Culture == ContentTranslation.SourceCulture).Select(x => x.Name).FirstOrDefault() ?? t.Key))
            .ToListAsync(cancellationToken);
        var offers = await Db.Offers.AsNoTracking().OrderBy(o => o.SortOrder)
            .Select(o => new LookupOption(o.Id, o.Slug, o.Translations.Where(x => x.Culture == ContentTranslation.SourceCulture).Select(x => x.Title).FirstOrDefault() ?? o.Slug))
            .ToListAsync(cancellationToken);
        return new PublicationFormOptions(topics, offers, fileOptions.Value.MaxUploadBytes, [.. fileOptions.Value.AllowedFormats]);
    }

    public override async Task ValidateAsync(PublicationEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        if (model.TopicId is { } topic && !await Db.Topics.AnyAsync(t => t.Id == topic, cancellationToken))
        {
            modelState.AddModelError(nameof(model.TopicId), "Dieses Thema gibt es nicht mehr. Bitte wählen Sie ein anderes.");
        }

        if (model.OfferId is { } offer && !await Db.Offers.AnyAsync(o => o.Id == offer, cancellationToken))
        {
            modelState.AddModelError(nameof(model.OfferId), "Diese Aufgabe gibt es nicht mehr. Bitte wählen Sie eine andere.");
        }

        var withFile = id is null ? [] : await Db.Set<PublicationVersion>()
            .Where(v => v.PublicationId == id && v.FileName != "").Select(v => v.Culture).ToListAsync(cancellationToken);
        foreach (var (prefix, row) in model.Rows)
        {
            if (row.File is not null)
            {
                var (upload, error) = await PublicationUpload.CheckAsync(row.File, fileOptions.Value, cancellationToken);
                if (error is not null)
                {
                    modelState.AddModelError($"{prefix}.{nameof(row.File)}", error);
                }
                else if (PublicationLanguages.IsKnown(row.Culture))
                {
                    _uploads[row.Culture] = upload!;
                }
            }
            else if ((!row.IsEmpty || row.Culture == ContentTranslation.SourceCulture) && !withFile.Contains(row.Culture))
            {
                modelState.AddModelError($"{prefix}.{nameof(row.File)}", $"Bitte laden Sie die Datei der Fassung {PublicationLanguages.NativeName(row.Culture)} hoch.");
            }
        }
    }

    public override Task ApplyAsync(Publication item, PublicationEditModel model, CancellationToken cancellationToken)
    {
        var before = item.Translations.Select(v => v.FileName).ToList();
        model.ApplyTo(item);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var version in item.Translations)
        {
            if (_uploads.TryGetValue(version.Culture, out var upload))
            {
                version.FileName = files.Add(upload.Data, upload.Extension, upload.ContentType);
                version.DownloadName = upload.DownloadName;
                version.ContentType = upload.ContentType;
                version.FileSize = upload.Data.LongLength;
                version.PageCount = upload.PageCount;
                version.FileUpdatedAt = now;
            }
        }

        // Replaced and removed files go with the same save; the reader-facing URL now leads to the new file.
        _replaced.AddRange(before.Except(item.Translations.Select(v => v.FileName)));
        files.Remove(_replaced);
        return Task.CompletedTask;
    }

    public override void Remove(Publication item)
    {
        base.Remove(item);
        files.Remove(item.Translations.Select(v => v.FileName));
    }

    public override async Task<PreviewPage?> PreviewAsync(Publication item, string culture, CancellationToken cancellationToken) =>
        await publicQueries.BySlugAsync(culture, item.Slug, includeUnpublished: true, cancellationToken) is { } publication
            ? new PreviewPage("~/Features/Publications/Details.cshtml", publication, publication.Title)
            : null;
}

/// <summary>The file input of one version row: its form name, the stored file (if any) and the hint.</summary>
public sealed record VersionFileField(string Name, PublicationFileInfo? Stored, string Hint);
