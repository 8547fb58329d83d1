using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Markup;

/// <summary>Organisations find the way to be listed: the directory, its empty result and every footer link to the form.</summary>
[Collection(ReadOnlySite.Name)]
public class SuggestLinksTests(SiteFactory site)
{
    [Theory]
    [InlineData("de", "Schlagen Sie einen Eintrag vor.")]
    [InlineData("en", "Suggest an entry.")]
    [InlineData("ar", "اقترحوا إدراجها.")]
    public async Task Directory_AnyCulture_InvitesToSuggestInThatCulture(string culture, string linkText)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/partners");

        var link = page.Document.QuerySelector("main .partner-suggest a");
        Assert.NotNull(link);
        Assert.Equal($"/{culture}/partners/suggest", link.GetAttribute("href"));
        Assert.Equal(linkText, link.NormalizedText());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Directory_NoResults_HintInvitesToSuggest(string culture)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/partners?q=zzzz-nothing-matches");

        var hint = page.Document.QuerySelector("main .kern-alert");
        Assert.NotNull(hint);
        Assert.Equal($"/{culture}/partners/suggest", hint.QuerySelector(".partner-suggest a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("de", "/de/", "Ihre Organisation ins Verzeichnis eintragen lassen")]
    [InlineData("en", "/en/offers", "Get your organisation listed in the directory")]
    [InlineData("ar", "/ar/contact", "أدرجوا منظمتكم في الدليل")]
    public async Task Footer_AnyPage_LinksToSuggestionFormOfThatCulture(string culture, string path, string linkText)
    {
        var client = site.CreateClient();
        var page = await client.GetPageAsync(path);

        var link = page.Document.QuerySelector($"footer a[href='/{culture}/partners/suggest']");
        Assert.NotNull(link);
        Assert.Equal(linkText, link.NormalizedText());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetPageAsync(link.GetAttribute("href")!)).Status);
    }
}
