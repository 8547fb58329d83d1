using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Links;

namespace Oldenburg.Integration.Web.Areas.Admin.Literature;

/// <summary>Literature: its title is bibliographic, not translated, so the list reads it from the entry rather than from a translation.</summary>
public sealed class LiteratureDefinition(AppDbContext db, LinkFormChoices choices, LinkQueries publicLinks)
    : WorkflowContentDefinition<LiteratureEntry, LiteratureEditModel>(db)
{
    public const string ContentKey = "literature";

    public override string Key => ContentKey;

    public override string Label => "Literatur";

    public override ContentWording Wording { get; } = ContentWording.Entry with { Plural = "Literatur" };

    protected override string PublicSegment => "links";

    public override string? PublicPath(LiteratureEntry item, string culture) => $"/{culture}/links#{item.Slug}";

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Literature.AsNoTracking().OrderBy(l => l.Author).ThenBy(l => l.Title)
            .Select(l => new ContentEntry(
                new ContentRef(ContentKey, l.Id), l.Author + ": " + l.Title, l.State, l.UpdatedAt, l.UpdatedBy, l.PublishAt, l.UnpublishAt,
                l.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    public override Task<LiteratureEntry?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Literature.Include(l => l.Translations).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);

    public override string TitleOf(LiteratureEntry item) => $"{item.Author}: {item.Title}";

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => await choices.LoadAsync(cancellationToken);

    public override async Task ValidateAsync(LiteratureEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        await choices.ValidateAsync(model.CategoryId, null, modelState, cancellationToken);
    }

    public override async Task<PreviewPage?> PreviewAsync(LiteratureEntry item, string culture, CancellationToken cancellationToken) =>
        new("~/Features/Links/Index.cshtml",
            await publicLinks.PageAsync(culture, LinkFilter.None, new LinkPreview(LiteratureId: item.Id, LinkId: null), cancellationToken),
            TitleOf(item));
}
