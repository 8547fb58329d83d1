using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Concept;

namespace Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;

/// <summary>
/// The concept's fields of action: a workflow type of their own (ADR 0029), shown as sections of the
/// concept page, linked to offers and partners chosen in the form.
/// </summary>
public sealed class FieldOfActionDefinition(AppDbContext db, ConceptQueries publicConcept)
    : TitledContentDefinition<FieldOfAction, FieldOfActionTranslation, FieldOfActionEditModel>(db)
{
    public const string ContentKey = "fieldsofaction";

    public override string Key => ContentKey;

    public override string Label => "Handlungsfelder";

    public override ContentWording Wording { get; } = new(
        "Handlungsfelder", "Neues Handlungsfeld", "Handlungsfeld bearbeiten", "dieses Handlungsfeld", "es", "Veröffentlichte Handlungsfelder");

    protected override string PublicSegment => "concept";

    protected override IOrderedQueryable<FieldOfAction> Ordered(IQueryable<FieldOfAction> items) => items.OrderBy(f => f.SortOrder).ThenBy(f => f.Slug);

    public override Task<FieldOfAction?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.FieldsOfAction.Include(f => f.Translations).Include(f => f.Offers).Include(f => f.Partners)
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    public override string? PublicPath(FieldOfAction item, string culture) => $"/{culture}/concept#{ConceptAnchors.Of(item.Slug)}";

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => new FieldOfActionFormOptions(
        await Db.Offers.AsNoTracking().OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new LinkOption(o.Id, o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug, o.State))
            .ToListAsync(cancellationToken),
        await Db.Partners.AsNoTracking().OrderBy(p => p.NameSortKey)
            .Select(p => new LinkOption(p.Id, p.Name, p.State))
            .ToListAsync(cancellationToken));

    public override async Task ValidateAsync(FieldOfActionEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        var offerIds = model.OfferIds.Distinct().ToList();
        if (await Db.Offers.CountAsync(o => offerIds.Contains(o.Id), cancellationToken) != offerIds.Count)
        {
            modelState.AddModelError(nameof(FieldOfActionEditModel.OfferIds), "Eine gewählte Aufgabe gibt es nicht mehr. Bitte laden Sie die Seite neu.");
        }

        var partnerIds = model.PartnerIds.Distinct().ToList();
        if (await Db.Partners.CountAsync(p => partnerIds.Contains(p.Id), cancellationToken) != partnerIds.Count)
        {
            modelState.AddModelError(nameof(FieldOfActionEditModel.PartnerIds), "Ein gewählter Partner ist nicht mehr im Verzeichnis. Bitte laden Sie die Seite neu.");
        }
    }

    public override async Task ApplyAsync(FieldOfAction item, FieldOfActionEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        var offerIds = model.OfferIds.Distinct().ToList();
        var partnerIds = model.PartnerIds.Distinct().ToList();
        item.Offers = await Db.Offers.Where(o => offerIds.Contains(o.Id)).ToListAsync(cancellationToken);
        item.Partners = await Db.Partners.Where(p => partnerIds.Contains(p.Id)).ToListAsync(cancellationToken);
    }

    public override async Task<PreviewPage?> PreviewAsync(FieldOfAction item, string culture, CancellationToken cancellationToken) =>
        new PreviewPage("~/Features/Concept/Index.cshtml", await publicConcept.PageAsync(culture, previewId: item.Id, cancellationToken), TitleOf(item));
}

public sealed record LinkOption(int Id, string Name, PublishState State);

public sealed record FieldOfActionFormOptions(IReadOnlyList<LinkOption> Offers, IReadOnlyList<LinkOption> Partners);

public sealed record LinkCheckboxes(string Name, string Legend, IReadOnlyList<LinkOption> Options, IReadOnlyCollection<int> Selected);
