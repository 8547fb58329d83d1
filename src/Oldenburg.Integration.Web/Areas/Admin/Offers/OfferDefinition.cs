using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Offers;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

public sealed class OfferDefinition(AppDbContext db, OfferQueries publicOffers) : WorkflowContentDefinition<Offer, OfferEditModel>(db)
{
    public override string Key => "offers";

    public override string Label => "Aufgaben";

    public override ContentWording Wording { get; } = ContentWording.Entry with { Plural = "Aufgaben und Angebote" };

    protected override string PublicSegment => "offers";

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Offers.AsNoTracking().OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new ContentEntry(
                new ContentRef("offers", o.Id),
                o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug,
                o.State, o.UpdatedAt, o.UpdatedBy, o.PublishAt, o.UnpublishAt,
                o.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    public override Task<Offer?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Offers.Include(o => o.Translations).SingleOrDefaultAsync(o => o.Id == id, cancellationToken);

    public override string TitleOf(Offer item) =>
        item.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? item.Slug;

    public override Offer NewItem() => new();

    public override OfferEditModel NewModel() => OfferEditModel.Empty();

    public override OfferEditModel ToModel(Offer item) => OfferEditModel.From(item);

    public override Task ApplyAsync(Offer item, OfferEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    public override async Task<PreviewPage?> PreviewAsync(int id, string culture, CancellationToken cancellationToken) =>
        await publicOffers.PreviewAsync(culture, id, cancellationToken) is { } offer
            ? new PreviewPage("~/Features/Offers/Details.cshtml", offer, offer.Title)
            : null;
}
