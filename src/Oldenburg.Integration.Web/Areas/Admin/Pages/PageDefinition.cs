using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.EasyRead;
using Oldenburg.Integration.Web.Features.Pages;

namespace Oldenburg.Integration.Web.Areas.Admin.Pages;

/// <summary>Standing pages (legal notice, privacy, accessibility), linked from the footer.</summary>
public sealed class PageDefinition(AppDbContext db, PageQueries publicPages) : TitledContentDefinition<Page, PageTranslation, PageEditModel>(db)
{
    public const string ContentKey = "pages";

    public override string Key => ContentKey;

    public override string Label => "Seiten";

    public override ContentWording Wording { get; } = new(
        "Seiten", "Neue Seite", "Seite bearbeiten", "diese Seite", "sie", "Veröffentlichte Seiten");

    protected override string PublicSegment => "pages";

    protected override IOrderedQueryable<Page> Ordered(IQueryable<Page> items) =>
        items.OrderBy(p => p.FooterOrder == null).ThenBy(p => p.FooterOrder).ThenBy(p => p.Slug);

    public override string? PublicPath(Page item, string culture) =>
        item.EasyRead ? EasyReadPaths.Page(item.Slug) : base.PublicPath(item, culture);

    /// <summary>A page in Leichte Sprache is previewed in its German section, whatever language was asked for.</summary>
    public override async Task<PreviewPage?> PreviewAsync(Page item, string culture, CancellationToken cancellationToken) =>
        await publicPages.BySlugAsync(item.EasyRead ? EasyReadPaths.Culture : culture, item.Slug, includeUnpublished: true, cancellationToken) is { } page
            ? new PreviewPage(page.EasyRead ? "~/Features/EasyRead/Details.cshtml" : "~/Features/Pages/Details.cshtml", page, page.Title)
            : null;
}
