using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

public sealed class OffersKind : IContentKind
{
    public string Key => "offers";

    public string Label => "Aufgaben";

    public async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Offers.AsNoTracking().OrderBy(o => o.SortOrder).ThenBy(o => o.Slug)
            .Select(o => new ContentEntry(
                new ContentRef("offers", o.Id),
                o.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? o.Slug,
                o.State, o.UpdatedAt, o.UpdatedBy, o.PublishAt, o.UnpublishAt,
                o.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);
}

public sealed class PagesKind : IContentKind
{
    public string Key => "pages";

    public string Label => "Seiten";

    public async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new ContentEntry(
                new ContentRef("pages", p.Id),
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? p.Slug,
                p.State, p.UpdatedAt, p.UpdatedBy, p.PublishAt, p.UnpublishAt,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);
}

public sealed class PartnersKind : IContentKind
{
    public string Key => "partners";

    public string Label => "Partner";

    public async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.Partners.AsNoTracking().OrderBy(p => p.NameSortKey)
            .Select(p => new ContentEntry(
                new ContentRef("partners", p.Id), p.Name,
                p.State, p.UpdatedAt, p.UpdatedBy, p.PublishAt, p.UnpublishAt,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);
}

/// <summary>The office profile is always public; it has no workflow state of its own.</summary>
public sealed class OfficeKind : IContentKind
{
    public string Key => "office";

    public string Label => "Kontaktdaten";

    public async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.OfficeProfiles.AsNoTracking()
            .Select(p => new ContentEntry(
                new ContentRef("office", p.Id),
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? "Kontaktdaten",
                PublishState.Published, p.UpdatedAt, p.UpdatedBy, null, null,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);
}

public static class ContentKindServices
{
    public static IServiceCollection AddContentKinds(this IServiceCollection services)
    {
        services.AddSingleton<IContentKind, OffersKind>();
        services.AddSingleton<IContentKind, PagesKind>();
        services.AddSingleton<IContentKind, PartnersKind>();
        services.AddSingleton<IContentKind, OfficeKind>();
        return services;
    }
}
