namespace Oldenburg.Integration.Web.Domain;

/// <summary>One of the office's tasks and offers ("Aufgaben"/"Angebote").</summary>
public class Offer : ContentItem, ITranslatedContent<OfferTranslation>
{
    public int SortOrder { get; set; }

    public ICollection<OfferTranslation> Translations { get; set; } = [];
}

public class OfferTranslation : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 600;
    public const int BodyMaxLength = 10_000;

    public int OfferId { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";
}
