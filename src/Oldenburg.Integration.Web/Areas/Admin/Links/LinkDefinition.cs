using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Links;

namespace Oldenburg.Integration.Web.Areas.Admin.Links;

/// <summary>Links: a list of their own, without a detail page; the slug is the entry's anchor on the public list.</summary>
public sealed class LinkDefinition(AppDbContext db, LinkFormChoices choices, LinkQueries publicLinks)
    : TitledContentDefinition<CuratedLink, CuratedLinkTranslation, LinkEditModel>(db)
{
    public const string ContentKey = "links";

    public override string Key => ContentKey;

    public override string Label => "Links";

    public override ContentWording Wording { get; } = new("Links", "Neuer Link", "Link bearbeiten", "diesen Link", "ihn", "Veröffentlichte Links");

    protected override string PublicSegment => "links";

    public override string? PublicPath(CuratedLink item, string culture) => $"/{culture}/links#{item.Slug}";

    protected override IOrderedQueryable<CuratedLink> Ordered(IQueryable<CuratedLink> items) => items.OrderBy(l => l.SortOrder).ThenBy(l => l.Slug);

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => await choices.LoadAsync(cancellationToken);

    public override object? FormInfo(CuratedLink item) => item.Check;

    public override async Task ValidateAsync(LinkEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        await choices.ValidateAsync(model.CategoryId, model.TopicId, modelState, cancellationToken);
    }

    public override async Task<PreviewPage?> PreviewAsync(CuratedLink item, string culture, CancellationToken cancellationToken) =>
        new("~/Features/Links/Index.cshtml",
            await publicLinks.PageAsync(culture, LinkFilter.None, new LinkPreview(LinkId: item.Id, LiteratureId: null), cancellationToken),
            TitleOf(item));
}
