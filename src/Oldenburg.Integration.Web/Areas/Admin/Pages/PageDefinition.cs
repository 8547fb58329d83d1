using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Pages;

namespace Oldenburg.Integration.Web.Areas.Admin.Pages;

/// <summary>Standing pages (legal notice, privacy, accessibility), linked from the footer.</summary>
public sealed class PageDefinition(AppDbContext db, PageQueries publicPages) : WorkflowContentDefinition<Page, PageEditModel>(db)
{
    public override string Key => "pages";

    public override string Label => "Seiten";

    public override ContentWording Wording { get; } = new(
        "Seiten", "Neue Seite", "Seite bearbeiten", "diese Seite", "sie", "Veröffentlichte Seiten");

    protected override string PublicSegment => "pages";

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking()
            .OrderBy(p => p.FooterOrder == null).ThenBy(p => p.FooterOrder).ThenBy(p => p.Slug)
            .Select(p => new ContentEntry(
                new ContentRef("pages", p.Id),
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? p.Slug,
                p.State, p.UpdatedAt, p.UpdatedBy, p.PublishAt, p.UnpublishAt,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    public override Task<Page?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Pages.Include(p => p.Translations).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public override string TitleOf(Page item) =>
        item.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? item.Slug;

    public override Page NewItem() => new();

    public override PageEditModel NewModel() => PageEditModel.Empty();

    public override PageEditModel ToModel(Page item) => PageEditModel.From(item);

    public override Task ApplyAsync(Page item, PageEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    public override async Task<PreviewPage?> PreviewAsync(int id, string culture, CancellationToken cancellationToken) =>
        await publicPages.PreviewAsync(culture, id, cancellationToken) is { } page
            ? new PreviewPage("~/Features/Pages/Details.cshtml", page, page.Title)
            : null;
}
