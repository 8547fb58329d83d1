namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Which version of an item's German text one language's text was written against. The German
/// row holds the current source version; a translation behind it is outdated (ADR 0015).
/// </summary>
public class TranslationStatus
{
    public int Id { get; set; }

    public string ContentType { get; set; } = "";

    public int ContentId { get; set; }

    public string Culture { get; set; } = "";

    public int SourceVersion { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

/// <summary>How one language's text of an item stands against the German source.</summary>
public enum TranslationState
{
    Missing,
    UpToDate,
    Outdated,
}
