namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A book, article or report the office recommends ("Literatur"). The bibliographic data is
/// language-neutral (a title is cited as published); only the short note is translated.
/// </summary>
public class LiteratureEntry : ContentItem
{
    public const int AuthorMaxLength = 300;
    public const int TitleMaxLength = 300;
    public const int PublisherMaxLength = 200;

    public string Author { get; set; } = "";

    public string Title { get; set; } = "";

    public int? Year { get; set; }

    public string Publisher { get; set; } = "";

    /// <summary>Digits only (and a final X for ISBN-10), checked with <see cref="Isbn"/>; empty when there is none.</summary>
    public string Isbn { get; set; } = "";

    public string Url { get; set; } = "";

    public int CategoryId { get; set; }

    public LinkCategory? Category { get; set; }

    public ICollection<LiteratureTranslation> Translations { get; set; } = [];
}

public class LiteratureTranslation : ContentTranslation
{
    public const int NoteMaxLength = 600;

    public int LiteratureEntryId { get; set; }

    public string Note { get; set; } = "";
}
