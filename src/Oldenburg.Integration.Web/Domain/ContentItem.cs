namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// What every public content type shares: a stable, language-neutral slug, a publish state
/// and an audit stamp of the last change.
/// </summary>
public abstract class ContentItem : IEditableContent
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public PublishState State { get; set; } = PublishState.Draft;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>When (UTC) the scheduler publishes the item; cleared once done.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>When (UTC) the scheduler withdraws the item; cleared once done.</summary>
    public DateTime? UnpublishAt { get; set; }

    public bool IsPublished => State == PublishState.Published;

    public void Touch(string changedBy, DateTime utcNow)
    {
        if (CreatedAt == default)
        {
            CreatedAt = utcNow;
        }

        UpdatedAt = utcNow;
        UpdatedBy = changedBy;
    }
}
