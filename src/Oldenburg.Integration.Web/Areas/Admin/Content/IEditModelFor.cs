namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>An edit form that knows how to fill itself from its item and write itself back, so a definition need not say it again.</summary>
public interface IEditModelFor<in TEntity, out TSelf>
{
    static abstract TSelf Empty();

    static abstract TSelf From(TEntity item);

    void ApplyTo(TEntity item);
}
