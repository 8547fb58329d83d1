using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// A workflow type whose title is the German translation's title and whose texts are all it
/// has besides plain fields (offers, standing pages): loading, titles and the site-wide list come free.
/// </summary>
public abstract class TitledContentDefinition<TEntity, TTranslation, TModel>(AppDbContext db) : WorkflowContentDefinition<TEntity, TModel>(db)
    where TEntity : ContentItem, ITranslatedContent<TTranslation>, new()
    where TTranslation : ContentTranslation, ITitledText
    where TModel : class, IWorkflowEditModel, IEditModelFor<TEntity, TModel>
{
    /// <summary>The order of the admin list.</summary>
    protected abstract IOrderedQueryable<TEntity> Ordered(IQueryable<TEntity> items);

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var rows = await Ordered(db.Set<TEntity>().AsNoTracking().Include(e => e.Translations)).ToListAsync(cancellationToken);
        return [.. rows.Select(e => new ContentEntry(
            new ContentRef(Key, e.Id), TitleOf(e), e.State, e.UpdatedAt, e.UpdatedBy, e.PublishAt, e.UnpublishAt,
            [.. e.Translations.Select(t => t.Culture)]))];
    }

    public override Task<TEntity?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.Set<TEntity>().Include(e => e.Translations).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);

    public override string TitleOf(TEntity item) =>
        item.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? item.Slug;
}
