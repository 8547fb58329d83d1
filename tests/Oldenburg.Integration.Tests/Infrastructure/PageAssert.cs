using System.Net;

using AngleSharp.Dom;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>What every public page promises, checked the same way everywhere.</summary>
public static class PageAssert
{
    /// <summary>Every language the public site speaks, listed here rather than read from the site, so dropping one fails.</summary>
    public static readonly IReadOnlyList<string> Cultures = ["de", "en", "ar", "tr", "ru", "uk", "fa", "pl"];

    public static readonly IReadOnlyList<string> RightToLeft = ["ar", "fa"];

    /// <summary>A request refused by a rate limit gets the 429 page in the reader's language.</summary>
    public static async Task TooManyRequestsInAsync(HttpResponseMessage response, string culture)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("429", page.Body!.NormalizedText(), StringComparison.Ordinal);
    }

    /// <summary>No exception text may ever reach a visitor, whatever the status.</summary>
    public static void NoStackTrace(Page page)
    {
        Assert.DoesNotContain("   at ", page.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Raw, StringComparison.Ordinal);
    }

    /// <summary>
    /// 200, the right language and direction, hreflang alternates for every culture and x-default,
    /// and a language switcher that keeps the page (only the culture segment changes).
    /// </summary>
    public static void LocalizedPage(Page page, string culture, string pathAfterCulture)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        NoStackTrace(page);
        var html = page.Document.DocumentElement;
        Assert.Equal(culture, html.GetAttribute("lang"));
        Assert.Equal(RightToLeft.Contains(culture) ? "rtl" : "ltr", html.GetAttribute("dir") ?? "ltr");

        foreach (var other in Cultures)
        {
            var expected = $"/{other}{pathAfterCulture}";
            var alternate = page.Document.QuerySelector($"link[rel='alternate'][hreflang='{other}']");
            Assert.True(alternate is not null, $"No hreflang alternate for '{other}' on /{culture}{pathAfterCulture}.");
            Assert.Equal(expected, alternate.ResolvedPath());

            var switcherLink = page.Document.QuerySelector($"nav.language-switcher a[hreflang='{other}']");
            Assert.True(switcherLink is not null, $"No language switcher link to '{other}' on /{culture}{pathAfterCulture}.");
            Assert.Equal(expected, switcherLink.ResolvedPath());
        }

        Assert.NotNull(page.Document.QuerySelector("link[rel='alternate'][hreflang='x-default'][href]"));
    }

    /// <summary>The offer slugs that cards on a start or list page link to, in page order.</summary>
    public static IReadOnlyList<string> LinkedOfferSlugs(IDocument document, string culture)
    {
        var prefix = $"/{culture}/offers/";
        return [.. document.QuerySelectorAll("main a[href]")
            .Select(a => a.ResolvedPath())
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length)
            .Select(p => p[prefix.Length..])
            .Distinct()];
    }
}
