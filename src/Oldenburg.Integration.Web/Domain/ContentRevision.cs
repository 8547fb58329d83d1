namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// One stored state of a content item (ADR 0014): the labelled fields as an editor reads them, for
/// history and diffs, and the edit model itself, so that an earlier state can be loaded again.
/// </summary>
public class ContentRevision
{
    public const int EventMaxLength = 40;

    public const int TitleMaxLength = 300;

    public int Id { get; set; }

    public string ContentType { get; set; } = "";

    public int ContentId { get; set; }

    /// <summary>1, 2, 3 … per item, in the order the changes were saved.</summary>
    public int Number { get; set; }

    /// <summary>The item's UpdatedAt ticks after this change: the version an edit form loads and posts back.</summary>
    public long Version { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>What happened, one of <see cref="AuditActions"/>.</summary>
    public string Event { get; set; } = "";

    /// <summary>The item's title at the time, so the history reads well after a rename or deletion.</summary>
    public string Title { get; set; } = "";

    /// <summary>JSON list of labelled fields, as shown in history and diffs.</summary>
    public string Fields { get; set; } = "[]";

    /// <summary>JSON of the edit model, so that this state can be loaded into the form again.</summary>
    public string Model { get; set; } = "{}";

    public ContentRef Ref => new(ContentType, ContentId);
}
