namespace Oldenburg.Integration.Web.Domain;

/// <summary>A news item ("Meldung") of the office, with texts per language and optional links to tasks and partners.</summary>
public class NewsItem : ContentItem, ITranslatedContent<NewsTranslation>
{
    public const int ImageFileMaxLength = StoredFile.NameMaxLength;

    /// <summary>
    /// The date readers see and the feed's "published" time (UTC). Set by editors, or stamped with the
    /// moment the item is first published when they leave it empty.
    /// </summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The <see cref="StoredFile.Name"/> of the image, if any; random per upload.</summary>
    public string? ImageFile { get; set; }

    public string? ImageContentType { get; set; }

    /// <summary>Seeded example items say so on their page.</summary>
    public bool IsSample { get; set; }

    public ICollection<NewsTranslation> Translations { get; set; } = [];

    /// <summary>Tasks ("Aufgaben") the item is about; their pages link back.</summary>
    public ICollection<Offer> Offers { get; set; } = [];

    public ICollection<Partner> Partners { get; set; } = [];

    /// <summary>The first publication fixes the date, unless an editor set one.</summary>
    public void StampFirstPublication(DateTime utcNow)
    {
        if (State == PublishState.Published && PublishedAt is null)
        {
            PublishedAt = utcNow;
        }
    }
}

public class NewsTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int TeaserMaxLength = 600;
    public const int BodyMaxLength = 20_000;
    public const int ImageAltMaxLength = 300;

    public int NewsItemId { get; set; }

    public string Title { get; set; } = "";

    public string Teaser { get; set; } = "";

    /// <summary>Rich text of the editorial core (see <c>RichText</c>).</summary>
    public string Body { get; set; } = "";

    /// <summary>What the image shows, in this language; required while the item has an image.</summary>
    public string? ImageAlt { get; set; }
}
