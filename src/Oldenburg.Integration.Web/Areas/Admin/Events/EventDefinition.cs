using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Events;

namespace Oldenburg.Integration.Web.Areas.Admin.Events;

/// <summary>The choices of the event form: the directory's topics and languages, partners as organisers, the office's tasks.</summary>
public sealed record EventFormOptions(
    IReadOnlyList<LookupOption> Topics, IReadOnlyList<LookupOption> Languages, IReadOnlyList<LookupOption> Partners, IReadOnlyList<LinkOption> Offers);

/// <summary>Events on the editorial core (ADR 0031): times in Berlin wall clock, links to lookups, a partner and tasks.</summary>
public sealed class EventDefinition(AppDbContext db, PartnerEditor partnerOptions, EventQueries publicEvents)
    : TitledContentDefinition<EventItem, EventTranslation, EventEditModel>(db)
{
    public const string ContentKey = "events";

    public override string Key => ContentKey;

    public override string Label => "Veranstaltungen";

    public override ContentWording Wording { get; } = new(
        "Veranstaltungen", "Neue Veranstaltung", "Veranstaltung bearbeiten", "diese Veranstaltung", "sie", "Veröffentlichte Veranstaltungen");

    protected override string PublicSegment => "events";

    protected override IOrderedQueryable<EventItem> Ordered(IQueryable<EventItem> items) => items.OrderByDescending(e => e.StartsAtUtc).ThenBy(e => e.Slug);

    public override Task<EventItem?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Events.Include(e => e.Translations).Include(e => e.Topics).Include(e => e.Languages).Include(e => e.Offers)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken)
    {
        var lookups = await partnerOptions.OptionsAsync(cancellationToken);
        var partners = await Db.Partners.AsNoTracking().OrderBy(p => p.NameSortKey)
            .Select(p => new LookupOption(p.Id, p.Slug, p.Name)).ToListAsync(cancellationToken);
        var offers = await Db.Offers.AsNoTracking().OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new LinkOption(o.Id, o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug, o.State))
            .ToListAsync(cancellationToken);
        return new EventFormOptions(lookups.Topics, lookups.Languages, partners, offers);
    }

    public override async Task ValidateAsync(EventEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        if (model.OrganizerPartnerId is { } partner && !await Db.Partners.AnyAsync(p => p.Id == partner, cancellationToken))
        {
            modelState.AddModelError(nameof(model.OrganizerPartnerId), "Dieser Partner ist nicht mehr im Verzeichnis. Bitte wählen Sie einen anderen.");
        }

        await RefuseMissingAsync(Db.Topics.Select(t => t.Id), model.TopicIds, nameof(model.TopicIds), "Ein gewähltes Thema gibt es nicht mehr. Bitte laden Sie die Seite neu.", modelState, cancellationToken);
        await RefuseMissingAsync(Db.ServiceLanguages.Select(l => l.Id), model.LanguageIds, nameof(model.LanguageIds), "Eine gewählte Sprache gibt es nicht mehr. Bitte laden Sie die Seite neu.", modelState, cancellationToken);
        await RefuseMissingAsync(Db.Offers.Select(o => o.Id), model.OfferIds, nameof(model.OfferIds), "Eine gewählte Aufgabe gibt es nicht mehr. Bitte laden Sie die Seite neu.", modelState, cancellationToken);
    }

    public override async Task ApplyAsync(EventItem item, EventEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        var topicIds = model.TopicIds.Distinct().ToList();
        var languageIds = model.LanguageIds.Distinct().ToList();
        var offerIds = model.OfferIds.Distinct().ToList();
        item.Topics = await Db.Topics.Where(t => topicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        item.Languages = await Db.ServiceLanguages.Where(l => languageIds.Contains(l.Id)).ToListAsync(cancellationToken);
        item.Offers = await Db.Offers.Where(o => offerIds.Contains(o.Id)).ToListAsync(cancellationToken);
    }

    public override async Task<PreviewPage?> PreviewAsync(EventItem item, string culture, CancellationToken cancellationToken) =>
        await publicEvents.BySlugAsync(culture, item.Slug, includeUnpublished: true, cancellationToken) is { } view
            ? new PreviewPage("~/Features/Events/Details.cshtml", new EventDetailsViewModel(view, view.EndsAtUtc < publicEvents.UtcNow), view.Title)
            : null;

    private static async Task RefuseMissingAsync(
        IQueryable<int> known, List<int> chosen, string field, string message, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var ids = chosen.Distinct().ToList();
        if (ids.Count > 0 && await known.CountAsync(id => ids.Contains(id), cancellationToken) != ids.Count)
        {
            modelState.AddModelError(field, message);
        }
    }
}
