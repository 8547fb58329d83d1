namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// An external web page the office recommends ("Links"). The address and the language of the
/// target page are language-neutral; title and description are translated. The last link check's
/// result is stored on the link, outside the edited content, so a check never makes an open form stale.
/// </summary>
public class CuratedLink : ContentItem, ITranslatedContent<CuratedLinkTranslation>
{
    public const int UrlMaxLength = 500;
    public const int LanguageMaxLength = 10;

    public string Url { get; set; } = "";

    /// <summary>ISO 639 code of the language the target page is written in.</summary>
    public string TargetLanguage { get; set; } = ContentTranslation.SourceCulture;

    public int CategoryId { get; set; }

    public LinkCategory? Category { get; set; }

    public int? TopicId { get; set; }

    public Topic? Topic { get; set; }

    public int SortOrder { get; set; }

    public LinkCheck Check { get; set; } = new();

    public ICollection<CuratedLinkTranslation> Translations { get; set; } = [];
}

public class CuratedLinkTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 1_000;

    public int CuratedLinkId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";
}

/// <summary>A category of the links and literature lists ("Behörden", "Ratgeber" …), maintained like the other lookups.</summary>
public class LinkCategory : LookupItem
{
    public ICollection<LinkCategoryTranslation> Translations { get; set; } = [];
}

public class LinkCategoryTranslation : LookupTranslation
{
    public int LinkCategoryId { get; set; }
}
