using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

public sealed record LookupRow(int Id, string Key, int SortOrder, string Name, IReadOnlyList<string> Cultures, int UsageCount);

public enum LookupDeleteOutcome
{
    NotFound,
    InUse,
    Deleted,
}

/// <summary>The lookup lists behind one interface, so one controller and one set of views serve them all.</summary>
public interface ILookupSet
{
    LookupKind Kind { get; }

    Task<IReadOnlyList<LookupRow>> ListAsync(CancellationToken cancellationToken);

    Task<LookupEditModel?> LoadAsync(int id, CancellationToken cancellationToken);

    Task<bool> KeyTakenAsync(string key, int? exceptId, CancellationToken cancellationToken);

    /// <summary>Creates (id null) or updates the entry; null when the entry to update no longer exists.</summary>
    Task<int?> SaveAsync(int? id, LookupEditModel model, string staffName, DateTime utcNow, CancellationToken cancellationToken);

    Task<int> UsageCountAsync(int id, CancellationToken cancellationToken);

    Task<LookupDeleteOutcome> DeleteAsync(int id, CancellationToken cancellationToken);
}

public sealed class LookupSets(AppDbContext db)
{
    public ILookupSet? For(string? slug) => LookupKind.Find(slug)?.Slug switch
    {
        LookupKind.TypesSlug => new LookupSet<PartnerType, PartnerTypeTranslation>(
            db, LookupKind.All[0], l => l.Translations, () => db.Partners.Select(p => p.PartnerTypeId)),
        LookupKind.TopicsSlug => new LookupSet<Topic, TopicTranslation>(
            db, LookupKind.All[1], l => l.Translations, () => db.Partners.SelectMany(p => p.Topics.Select(t => t.Id))
                .Concat(db.Links.Where(l => l.TopicId != null).Select(l => l.TopicId!.Value))),
        LookupKind.DistrictsSlug => new LookupSet<District, DistrictTranslation>(
            db, LookupKind.All[2], l => l.Translations, () => db.Partners.Where(p => p.DistrictId != null).Select(p => p.DistrictId!.Value)),
        LookupKind.LanguagesSlug => new LookupSet<ServiceLanguage, ServiceLanguageTranslation>(
            db, LookupKind.All[3], l => l.Translations, () => db.Partners.SelectMany(p => p.Languages.Select(l => l.Id))),
        LookupKind.LinkCategoriesSlug => new LookupSet<LinkCategory, LinkCategoryTranslation>(
            db, LookupKind.All[4], l => l.Translations, () => db.Links.Select(l => l.CategoryId).Concat(db.Literature.Select(l => l.CategoryId))),
        _ => null,
    };
}

// usedIds yields one lookup id per partner that uses it, which counts usage without a navigation on every lookup type.
internal sealed class LookupSet<TItem, TTranslation>(
    AppDbContext db,
    LookupKind kind,
    Expression<Func<TItem, ICollection<TTranslation>>> translations,
    Func<IQueryable<int>> usedIds) : ILookupSet
    where TItem : LookupItem, new()
    where TTranslation : LookupTranslation, new()
{
    private readonly Func<TItem, ICollection<TTranslation>> _translationsOf = translations.Compile();

    public LookupKind Kind => kind;

    public async Task<IReadOnlyList<LookupRow>> ListAsync(CancellationToken cancellationToken)
    {
        var items = await db.Set<TItem>().AsNoTracking().Include(translations)
            .OrderBy(l => l.SortOrder).ThenBy(l => l.Key)
            .ToListAsync(cancellationToken);
        var usage = await usedIds().GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. items.Select(l =>
        {
            var texts = _translationsOf(l);
            var name = texts.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Name ?? l.Key;
            return new LookupRow(l.Id, l.Key, l.SortOrder, name, [.. texts.Select(t => t.Culture)], usage.GetValueOrDefault(l.Id));
        })];
    }

    public async Task<LookupEditModel?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        return item is null ? null : LookupEditModel.From(item, _translationsOf(item));
    }

    public Task<bool> KeyTakenAsync(string key, int? exceptId, CancellationToken cancellationToken) =>
        db.Set<TItem>().AnyAsync(l => l.Key == key && l.Id != exceptId, cancellationToken);

    public async Task<int?> SaveAsync(int? id, LookupEditModel model, string staffName, DateTime utcNow, CancellationToken cancellationToken)
    {
        TItem? item;
        if (id is null)
        {
            item = new TItem();
            db.Set<TItem>().Add(item);
        }
        else if ((item = await FindAsync(id.Value, cancellationToken)) is null)
        {
            return null;
        }

        item.Key = model.Key.Trim();
        item.SortOrder = model.SortOrder;
        item.UpdatedAt = utcNow;
        item.UpdatedBy = staffName;
        var texts = _translationsOf(item);
        foreach (var name in model.Names)
        {
            var existing = texts.FirstOrDefault(t => t.Culture == name.Culture);
            if (string.IsNullOrWhiteSpace(name.Name))
            {
                // German is required by validation; an empty translation falls back to it.
                if (existing is not null)
                {
                    texts.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new TTranslation { Culture = name.Culture };
                texts.Add(existing);
            }

            existing.Name = name.Name.Trim();
        }

        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }

    public Task<int> UsageCountAsync(int id, CancellationToken cancellationToken) =>
        usedIds().CountAsync(used => used == id, cancellationToken);

    public async Task<LookupDeleteOutcome> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item is null)
        {
            return LookupDeleteOutcome.NotFound;
        }

        // Checked for every kind, not only the Restrict foreign key of types: silently dropping a
        // topic or district from partners would lose data that nobody asked to lose.
        if (await UsageCountAsync(id, cancellationToken) > 0)
        {
            return LookupDeleteOutcome.InUse;
        }

        db.Set<TItem>().Remove(item);
        await db.SaveChangesAsync(cancellationToken);
        return LookupDeleteOutcome.Deleted;
    }

    private Task<TItem?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<TItem>().Include(translations).SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
}
