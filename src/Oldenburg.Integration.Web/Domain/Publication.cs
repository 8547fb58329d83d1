namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A brochure, flyer, guide or report of the office. Its texts and files come as language
/// versions; German is the source every reader falls back to.
/// </summary>
public class Publication : ContentItem, ITranslatedContent<PublicationVersion>
{
    public const int SeriesMaxLength = 120;
    public const int AudienceMaxLength = 40;

    /// <summary>One of the directory's topics; null only when staff deleted the topic.</summary>
    public int? TopicId { get; set; }

    public Topic? Topic { get; set; }

    /// <summary>The office's task the publication serves, if any.</summary>
    public int? OfferId { get; set; }

    public Offer? Offer { get; set; }

    public int Year { get; set; }

    public string? Series { get; set; }

    /// <summary>A key of <see cref="PublicationAudiences"/>.</summary>
    public string Audience { get; set; } = PublicationAudiences.Everyone;

    /// <summary>Seeded example entries say so on their page, like sample partners.</summary>
    public bool IsSample { get; set; }

    /// <summary>The language versions; <see cref="ContentTranslation.Culture"/> is the document's language code.</summary>
    public ICollection<PublicationVersion> Translations { get; set; } = [];
}

/// <summary>One language version: its own title, summary and file.</summary>
public class PublicationVersion : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 600;
    public const int DownloadNameMaxLength = 120;

    public int PublicationId { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The <see cref="StoredFile.Name"/>: random per upload, so it also versions the download URL.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The name readers' browsers save the file as, made safe at upload.</summary>
    public string DownloadName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long FileSize { get; set; }

    /// <summary>Read from the PDF at upload; null for formats without pages.</summary>
    public int? PageCount { get; set; }

    public DateTime FileUpdatedAt { get; set; }
}
