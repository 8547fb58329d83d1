using AngleSharp.Dom;

using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Markup;

/// <summary>What staff type is isolated from the page's text direction, so a stray control character reorders nothing around it.</summary>
// Its own site: a footer page with a reversing title would show up in every other test's footer.
public class UserTextIsolationTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const char RightToLeftOverride = '\u202E';

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task PublicPages_TitlesWithOverride_AreIsolatedWhereverTheyAppear(string culture)
    {
        var offerTitle = $"Angebot {RightToLeftOverride}{Unique.Name("umgedreht")}";
        var pageTitle = $"Seite {RightToLeftOverride}{Unique.Name("umgedreht")}";
        var offer = await site.InsertAsync(new OfferBuilder().WithSortOrder(0).WithTranslation("de", offerTitle, "Kurz.", "Text.").Build());
        var standing = new PageBuilder().WithTranslation("de", pageTitle, "## Abschnitt\nText.").InFooter(99).Build();
        await site.InsertAsync(standing);

        var client = site.CreateClient();
        var checkedPlaces = 0;
        foreach (var (path, documentTitle) in new (string Path, string? Title)[]
        {
            ($"/{culture}/", null),
            ($"/{culture}/offers", null),
            ($"/{culture}/offers/{offer.Slug}", offerTitle),
            ($"/{culture}/pages/{standing.Slug}", pageTitle),
            ($"/{culture}/search?q={Uri.EscapeDataString(offerTitle)}", null),
        })
        {
            var page = await client.GetPageAsync(path);
            var places = TextNodesWith(page.Document.Body!, RightToLeftOverride).ToList();
            Assert.NotEmpty(places);
            foreach (var node in places)
            {
                Assert.True(IsIsolated(node.ParentElement!), $"{path}: «{node.TextContent}» in <{node.ParentElement!.LocalName}> is not inside <bdi> or dir=auto.");
            }

            checkedPlaces += places.Count;
            if (documentTitle is not null)
            {
                // No element can isolate inside <title>: the Unicode isolate characters do it there.
                Assert.Contains($"\u2068{documentTitle}\u2069", page.Document.Title, StringComparison.Ordinal);
            }
        }

        // Lists, headings, breadcrumbs and the footer: far more places than pages.
        Assert.True(checkedPlaces >= 10, $"Only {checkedPlaces} places checked.");
    }

    [Fact]
    public async Task Home_ArabicOfficeName_IsIsolatedWithItsParenthesesTogether()
    {
        var page = await site.CreateClient().GetPageAsync("/ar/");

        var heading = page.Document.QuerySelector("main h1")!;
        var group = heading.QuerySelector("bdi bdi.bidi-group");
        Assert.NotNull(group);
        Assert.Equal("(Stabsstelle Integration)", group.TextContent);
    }

    private static IEnumerable<IText> TextNodesWith(INode root, char character) =>
        root.Descendants<IText>().Where(t => t.Data.Contains(character, StringComparison.Ordinal));

    private static bool IsIsolated(IElement element) =>
        element.GetInclusiveAncestors().OfType<IElement>().Any(e => e.LocalName == "bdi" || string.Equals(e.GetAttribute("dir"), "auto", StringComparison.OrdinalIgnoreCase));
}
