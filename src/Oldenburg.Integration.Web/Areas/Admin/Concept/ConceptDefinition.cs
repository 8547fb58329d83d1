using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Concept;

/// <summary>
/// The concept page's own texts: one item, always public like the contact card, because the
/// navigation and the sitemap point at the page (ADR 0029). Its fields of action have the workflow.
/// </summary>
public sealed class ConceptDefinition(AppDbContext db) : ContentDefinition<IntegrationConcept, ConceptEditModel>(db)
{
    public const string ContentKey = "concept";

    public override string Key => ContentKey;

    public override string Label => "Integrationskonzept";

    public override ContentWording Wording { get; } = new(
        "Integrationskonzept", "Integrationskonzept", "Integrationskonzept bearbeiten", "das Integrationskonzept", "es", "Integrationskonzept");

    public override int? SingletonId => IntegrationConcept.SingletonId;

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.IntegrationConcepts.AsNoTracking()
            .Select(c => new ContentEntry(
                new ContentRef(ContentKey, c.Id),
                c.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? "Integrationskonzept",
                PublishState.Published, c.UpdatedAt, c.UpdatedBy, null, null,
                c.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    public override Task<IntegrationConcept?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.IntegrationConcepts.Include(c => c.Translations).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public override string TitleOf(IntegrationConcept item) => "Integrationskonzept";

    public override IntegrationConcept NewItem() => new();

    public override ConceptEditModel NewModel() => ConceptEditModel.Empty();

    public override ConceptEditModel ToModel(IntegrationConcept item) => ConceptEditModel.From(item);

    public override Task ApplyAsync(IntegrationConcept item, ConceptEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    public override string? PublicPath(IntegrationConcept item, string culture) => $"/{culture}/concept";
}
