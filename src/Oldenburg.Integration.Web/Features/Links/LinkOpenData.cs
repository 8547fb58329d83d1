namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>One shape per list for JSON and CSV. Check results stay internal: they are for staff, not readers.</summary>
public static class LinkOpenData
{
    public static readonly IReadOnlyList<string> LinkColumns = ["slug", "category", "title", "description", "url", "target_language", "topic", "text_language"];

    public static readonly IReadOnlyList<string> LiteratureColumns = ["slug", "category", "author", "title", "year", "publisher", "isbn", "url", "note", "text_language"];

    public static Dictionary<string, object?> Item(string category, LinkView l) => new()
    {
        ["slug"] = l.Slug,
        ["category"] = category,
        ["title"] = l.Title,
        ["description"] = l.Description,
        ["url"] = l.Url,
        ["target_language"] = l.TargetLanguage,
        ["topic"] = l.TopicName,
        ["text_language"] = l.TextCulture,
    };

    public static IEnumerable<string?> Row(string category, LinkView l) =>
        [l.Slug, category, l.Title, l.Description, l.Url, l.TargetLanguage, l.TopicName, l.TextCulture];

    public static Dictionary<string, object?> Item(string category, LiteratureView e) => new()
    {
        ["slug"] = e.Slug,
        ["category"] = category,
        ["author"] = e.Author,
        ["title"] = e.Title,
        ["year"] = e.Year,
        ["publisher"] = e.Publisher,
        ["isbn"] = e.Isbn.Length == 0 ? null : e.Isbn,
        ["url"] = e.Url.Length == 0 ? null : e.Url,
        ["note"] = e.Note,
        ["text_language"] = e.TextCulture,
    };

    public static IEnumerable<string?> Row(string category, LiteratureView e) =>
        [e.Slug, category, e.Author, e.Title, e.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Publisher, e.Isbn, e.Url, e.Note, e.TextCulture];
}
