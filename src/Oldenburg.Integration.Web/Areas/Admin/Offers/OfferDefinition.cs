using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Offers;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

public sealed class OfferDefinition(AppDbContext db, OfferQueries publicOffers) : TitledContentDefinition<Offer, OfferTranslation, OfferEditModel>(db)
{
    public const string ContentKey = "offers";

    public override string Key => ContentKey;

    public override string Label => "Aufgaben";

    public override ContentWording Wording { get; } = ContentWording.Entry with { Plural = "Aufgaben und Angebote" };

    protected override string PublicSegment => "offers";

    protected override IOrderedQueryable<Offer> Ordered(IQueryable<Offer> items) => items.OrderBy(o => o.SortOrder).ThenBy(o => o.Slug);

    public override async Task<PreviewPage?> PreviewAsync(Offer item, string culture, CancellationToken cancellationToken) =>
        await publicOffers.BySlugAsync(culture, item.Slug, includeUnpublished: true, cancellationToken) is { } offer
            ? new PreviewPage("~/Features/Offers/Details.cshtml", offer, offer.Title)
            : null;
}
