using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.News;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

/// <summary>The choices of the news form, with German names.</summary>
public sealed record NewsFormOptions(IReadOnlyList<LookupOption> Offers, IReadOnlyList<LookupOption> Partners);

/// <summary>What the form shows of the stored item besides its fields.</summary>
public sealed record NewsFormInfo(bool HasImage, DateTime? PublishedAt);

/// <summary>
/// News adds links, an image and a publication date to the shared mechanism. The definition is per
/// request, so it carries the checked upload from validation to the save, like the partner logo.
/// Every save of this request's context that publishes an item without a date stamps it, whichever
/// way it was published (form, list button, restore).
/// </summary>
public sealed class NewsDefinition : TitledContentDefinition<NewsItem, NewsTranslation, NewsEditModel>
{
    private readonly NewsImageStore _images;
    private readonly NewsQueries _publicNews;
    private readonly TimeProvider _clock;
    private (byte[] Data, ImageInfo Image)? _checkedImage;

    public NewsDefinition(AppDbContext db, NewsImageStore images, NewsQueries publicNews, TimeProvider clock)
        : base(db)
    {
        (_images, _publicNews, _clock) = (images, publicNews, clock);
        db.SavingChanges += (_, _) => StampFirstPublications();
    }

    public const string ContentKey = "news";

    public override string Key => ContentKey;

    public override string Label => "Neuigkeiten";

    public override ContentWording Wording { get; } = new(
        "Neuigkeiten", "Neue Meldung", "Meldung bearbeiten", "diese Meldung", "sie", "Veröffentlichte Meldungen");

    protected override string PublicSegment => "news";

    protected override IOrderedQueryable<NewsItem> Ordered(IQueryable<NewsItem> items) =>
        items.OrderByDescending(n => n.PublishedAt ?? n.CreatedAt).ThenBy(n => n.Slug);

    public override Task<NewsItem?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.News.Include(n => n.Translations).Include(n => n.Offers).Include(n => n.Partners)
            .AsSplitQuery().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);

    public override object? FormInfo(NewsItem item) => new NewsFormInfo(item.ImageFile is not null, item.PublishedAt);

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => new NewsFormOptions(
        await Db.Offers.AsNoTracking().OrderBy(o => o.SortOrder)
            .Select(o => new LookupOption(o.Id, o.Slug, o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug))
            .ToListAsync(cancellationToken),
        await Db.Partners.AsNoTracking().OrderBy(p => p.NameSortKey)
            .Select(p => new LookupOption(p.Id, p.Slug, p.Name)).ToListAsync(cancellationToken));

    public override async Task ValidateAsync(NewsEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        var offerIds = model.OfferIds.Distinct().ToList();
        if (await Db.Offers.CountAsync(o => offerIds.Contains(o.Id), cancellationToken) != offerIds.Count)
        {
            modelState.AddModelError(nameof(model.OfferIds), "Eine gewählte Aufgabe gibt es nicht mehr. Bitte laden Sie die Seite neu.");
        }

        var partnerIds = model.PartnerIds.Distinct().ToList();
        if (await Db.Partners.CountAsync(p => partnerIds.Contains(p.Id), cancellationToken) != partnerIds.Count)
        {
            modelState.AddModelError(nameof(model.PartnerIds), "Ein gewählter Partner ist nicht mehr im Verzeichnis. Bitte laden Sie die Seite neu.");
        }

        if (model.Image is not null)
        {
            var (data, image, error) = await StoredImages.ReadAsync(model.Image, NewsImageStore.Noun, cancellationToken);
            if (error is not null)
            {
                modelState.AddModelError(nameof(model.Image), error);
            }
            else
            {
                _checkedImage = (data!, image!);
            }
        }

        var stored = id is not null && await Db.News.AnyAsync(n => n.Id == id && n.ImageFile != null, cancellationToken);
        if (model.Image is not null || (stored && !model.RemoveImage))
        {
            NewsImageRules.RequireAltTexts(model, modelState);
        }
    }

    public override async Task ApplyAsync(NewsItem item, NewsEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        var offerIds = model.OfferIds.Distinct().ToList();
        var partnerIds = model.PartnerIds.Distinct().ToList();
        item.Offers = await Db.Offers.Where(o => offerIds.Contains(o.Id)).ToListAsync(cancellationToken);
        item.Partners = await Db.Partners.Where(p => partnerIds.Contains(p.Id)).ToListAsync(cancellationToken);

        var oldImage = item.ImageFile;
        if (_checkedImage is { } upload)
        {
            (item.ImageFile, item.ImageContentType) = (_images.Add(upload.Data, upload.Image), upload.Image.ContentType);
        }
        else if (model.RemoveImage)
        {
            (item.ImageFile, item.ImageContentType) = (null, null);
        }

        if (oldImage is not null && oldImage != item.ImageFile)
        {
            await _images.RemoveAsync(oldImage, cancellationToken);
        }
    }

    public override void Remove(NewsItem item)
    {
        base.Remove(item);
        _images.Remove(item.ImageFile);
    }

    public override async Task<PreviewPage?> PreviewAsync(NewsItem item, string culture, CancellationToken cancellationToken) =>
        await _publicNews.BySlugAsync(culture, item.Slug, includeUnpublished: true, cancellationToken) is { } news
            ? new PreviewPage("~/Features/News/Details.cshtml", news, news.Title)
            : null;

    private void StampFirstPublications()
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        foreach (var entry in Db.ChangeTracker.Entries<NewsItem>())
        {
            entry.Entity.StampFirstPublication(now);
        }
    }
}
