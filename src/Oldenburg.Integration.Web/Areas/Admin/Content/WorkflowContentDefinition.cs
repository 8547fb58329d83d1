using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>An edit form of a content type with an address and the draft → review → published workflow.</summary>
public interface IWorkflowEditModel : IContentEditModel, IPublishableEditModel, ISchedulableEditModel
{
    string Slug { get; }
}

/// <summary>
/// The definition of a content type that has public pages of its own (<see cref="ContentItem"/>):
/// slugs are unique per type, and public pages show it only while it is published.
/// </summary>
public abstract class WorkflowContentDefinition<TEntity, TModel>(AppDbContext db) : ContentDefinition<TEntity, TModel>(db)
    where TEntity : ContentItem, new()
    where TModel : class, IWorkflowEditModel, IEditModelFor<TEntity, TModel>
{
    public override TEntity NewItem() => new();

    public override TModel NewModel() => TModel.Empty();

    public override TModel ToModel(TEntity item)
    {
        var model = TModel.From(item);
        ScheduleForm.Load(model, item);
        return model;
    }

    public override Task ApplyAsync(TEntity item, TModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    /// <summary>The public path segment after the culture, e.g. "offers" for /de/offers/{slug}.</summary>
    protected abstract string PublicSegment { get; }

    public override string? PublicPath(TEntity item, string culture) => $"/{culture}/{PublicSegment}/{item.Slug}";

    public override async Task ValidateAsync(TModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var slug = model.Slug?.Trim();
        if (!string.IsNullOrEmpty(slug) && await Db.Set<TEntity>().AnyAsync(e => e.Slug == slug && e.Id != id, cancellationToken))
        {
            modelState.AddModelError(nameof(IWorkflowEditModel.Slug), "Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.");
        }
    }
}
