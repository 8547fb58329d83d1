namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// One stored state of a content item (ADR 0013): the labelled fields as an editor reads them, for
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

    /// <summary>What happened, one of <see cref="RevisionEvents"/>.</summary>
    public string Event { get; set; } = "";

    /// <summary>The item's title at the time, so the history reads well after a rename or deletion.</summary>
    public string Title { get; set; } = "";

    /// <summary>JSON list of labelled fields, as shown in history and diffs.</summary>
    public string Fields { get; set; } = "[]";

    /// <summary>JSON of the edit model, so that this state can be loaded into the form again.</summary>
    public string Model { get; set; } = "{}";

    public ContentRef Ref => new(ContentType, ContentId);
}

/// <summary>The events a revision records; the values are stored, the German labels are shown.</summary>
public static class RevisionEvents
{
    public const string Created = "Created";
    public const string Saved = "Saved";
    public const string Submitted = "Submitted";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Restored = "Restored";
    public const string Scheduled = "Scheduled";

    /// <summary>The state an item had before its first recorded change, for items older than the history.</summary>
    public const string Baseline = "Baseline";

    public static string Label(string @event) => @event switch
    {
        Created => "Angelegt",
        Saved => "Gespeichert",
        Submitted => "Zur Prüfung gegeben",
        Published => "Veröffentlicht",
        Unpublished => "Zurückgezogen",
        Restored => "Wiederhergestellt",
        Scheduled => "Zeitplan geändert",
        Baseline => "Stand vor der ersten Aufzeichnung",
        _ => @event,
    };
}
