using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>What the shared views show about the content type and the item besides the form itself.</summary>
public sealed record ContentPageInfo(
    string Key,
    string Label,
    ContentWording Wording,
    bool IsSingleton,
    int? Id = null,
    string? Title = null,
    PublishState? State = null,
    string? PublicPath = null,
    DateTime? UpdatedAt = null,
    string? UpdatedBy = null,
    DateTime? PublishAt = null,
    DateTime? UnpublishAt = null)
{
    public bool HasWorkflow => State is not null;

    public static ContentPageInfo For<TEntity, TModel>(ContentDefinition<TEntity, TModel> definition, TEntity? item = null)
        where TEntity : class, IEditableContent
        where TModel : class, IContentEditModel
    {
        var info = new ContentPageInfo(definition.Key, definition.Label, definition.Wording, definition.SingletonId is not null);
        if (item is null)
        {
            return info;
        }

        var content = item as ContentItem;
        return info with
        {
            Id = item.Id,
            Title = definition.TitleOf(item),
            State = content?.State,
            PublicPath = definition.PublicPath(item, ContentTranslation.SourceCulture),
            UpdatedAt = item.UpdatedAt,
            UpdatedBy = item.UpdatedBy,
            PublishAt = content?.PublishAt,
            UnpublishAt = content?.UnpublishAt,
        };
    }
}
