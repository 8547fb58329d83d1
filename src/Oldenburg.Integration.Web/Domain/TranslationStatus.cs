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

    /// <summary>
    /// When a native speaker confirmed this language's text (ADR 0037); null means not reviewed.
    /// Cleared when the translation's text changes; kept when only the German source changes.
    /// </summary>
    public DateTime? ReviewedAt { get; set; }

    public string? ReviewedBy { get; set; }
}

/// <summary>How one language's text of an item stands against the German source.</summary>
public enum TranslationState
{
    Missing,
    UpToDate,
    Outdated,
}
