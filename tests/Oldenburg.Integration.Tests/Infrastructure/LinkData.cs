using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Links, literature and their categories for tests, each uniquely named.</summary>
public static class LinkData
{
    public static Task<LinkCategory> AddLinkCategoryAsync(this SiteFactory site, string? germanName = null)
    {
        var key = Unique.Name("kategorie");
        return site.InsertAsync(new LinkCategory { Key = key, Translations = [new LinkCategoryTranslation { Culture = "de", Name = germanName ?? "Kategorie " + key }] });
    }

    public static Task<CuratedLink> AddLinkAsync(
        this SiteFactory site, LinkCategory category, string url = "https://www.example.org/", PublishState state = PublishState.Published,
        string language = "de", Topic? topic = null, string? title = null, params (string Culture, string Title)[] translations)
    {
        var slug = Unique.Name("link");
        var link = new CuratedLink
        {
            Slug = slug,
            Url = url,
            TargetLanguage = language,
            CategoryId = category.Id,
            TopicId = topic?.Id,
            State = state,
            Translations = [new CuratedLinkTranslation { Culture = "de", Title = title ?? "Link " + slug, Description = "Beschreibung " + slug }],
        };
        foreach (var (culture, text) in translations)
        {
            link.Translations.Add(new CuratedLinkTranslation { Culture = culture, Title = text, Description = text });
        }

        return site.InsertAsync(link);
    }

    public static Task<LiteratureEntry> AddLiteratureAsync(this SiteFactory site, LinkCategory category, PublishState state = PublishState.Published, string? title = null)
    {
        var slug = Unique.Name("buch");
        return site.InsertAsync(new LiteratureEntry
        {
            Slug = slug,
            Author = "Autorin " + slug,
            Title = title ?? "Titel " + slug,
            Year = 2024,
            Publisher = "Verlag",
            Isbn = "9783161484100",
            CategoryId = category.Id,
            State = state,
            Translations = [new LiteratureTranslation { Culture = "de", Note = "Anmerkung " + slug }],
        });
    }
}
