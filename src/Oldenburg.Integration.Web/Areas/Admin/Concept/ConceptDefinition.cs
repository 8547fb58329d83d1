using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>
    /// Published publications to choose the document from, and the one linked now even when it is
    /// not published, so that saving the texts never drops the link by accident.
    /// </summary>
    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken)
    {
        var linked = await LinkedPublicationAsync(cancellationToken);
        return await Db.Publications.AsNoTracking()
            .Where(p => p.State == PublishState.Published || p.Id == linked)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Slug)
            .Select(p => new ConceptDocumentOption(
                p.Id,
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? p.Slug,
                p.Year,
                p.State == PublishState.Published))
            .ToListAsync(cancellationToken);
    }

    public override async Task ValidateAsync(ConceptEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (model.PublicationId is not { } publication || publication == await LinkedPublicationAsync(cancellationToken))
        {
            return;
        }

        if (!await Db.Publications.AnyAsync(p => p.Id == publication && p.State == PublishState.Published, cancellationToken))
        {
            modelState.AddModelError(
                nameof(ConceptEditModel.PublicationId),
                "Diese Publikation gibt es nicht mehr oder sie ist nicht veröffentlicht. Bitte wählen Sie eine veröffentlichte Publikation oder „kein Dokument“.");
        }
    }

    public override IntegrationConcept NewItem() => new();

    public override ConceptEditModel NewModel() => ConceptEditModel.Empty();

    public override ConceptEditModel ToModel(IntegrationConcept item) => ConceptEditModel.From(item);

    public override Task ApplyAsync(IntegrationConcept item, ConceptEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    public override string? PublicPath(IntegrationConcept item, string culture) => $"/{culture}/concept";

    private Task<int?> LinkedPublicationAsync(CancellationToken cancellationToken) =>
        Db.IntegrationConcepts.AsNoTracking().Where(c => c.Id == IntegrationConcept.SingletonId).Select(c => c.PublicationId).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>A publication the concept form offers as its document, by its German title.</summary>
public sealed record ConceptDocumentOption(int Id, string Title, int Year, bool IsPublished);
