namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A standing page such as the legal notice, the privacy statement or the accessibility
/// statement, which a public body's website must have and which staff keep up to date.
/// </summary>
public class Page : ContentItem, ITranslatedContent<PageTranslation>
{
    /// <summary>
    /// Pages with a value are linked at the bottom of every page, smaller values first. Pages in
    /// Leichte Sprache are never linked there; for them it is the order in their section.
    /// </summary>
    public int? FooterOrder { get; set; }

    /// <summary>Written in Leichte Sprache: shown in its own German section, not under the standing pages (ADR 0036).</summary>
    public bool EasyRead { get; set; }

    public ICollection<PageTranslation> Translations { get; set; } = [];
}

public class PageTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;

    /// <summary>Twice an offer's: a privacy statement is long, and it must be complete.</summary>
    public const int BodyMaxLength = 20_000;

    public int PageId { get; set; }

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";
}
