namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>What happened to an item; the same words are stored in revisions and the audit log.</summary>
public static class ContentEvents
{
    public const string Created = "Created";
    public const string Saved = "Saved";
    public const string Translated = "Translated";
    public const string Submitted = "Submitted";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string Restored = "Restored";
    public const string Deleted = "Deleted";
}
