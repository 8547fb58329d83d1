using Oldenburg.Integration.BrowserTests.Infrastructure;

using Xunit.Abstractions;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>
/// A phone user's first visit to any public page, with an empty cache, transfers at most 150 KiB of HTML,
/// stylesheets and fonts as the browser receives them (compressed, response headers included), and
/// downloads a script's font only where the page writes in that script.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class FirstVisitSizeTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const long Budget = 150 * 1024;

    // Every page: the visit is the one the accessibility audit makes anyway, so checking all of them costs nothing.
    [Theory]
    [MemberData(nameof(SitePages.PublicPages), MemberType = typeof(SitePages))]
    public async Task FirstVisit_EmptyCache_TransfersAtMost150KiB(string path, int status)
    {
        var visit = await FirstVisit.OfAsync(fixture, path, status);
        output.WriteLine(visit.Report());

        Assert.Contains(visit.Resources, r => r.Type == "document");
        Assert.Contains(visit.Resources, r => r.Type == "stylesheet");
        Assert.Contains(visit.Resources, r => r.Type == "font");
        Assert.True(visit.Total <= Budget, $"{visit.Total} B > {Budget} B on a first visit to {visit.Report()}");
    }

    [Theory]
    [MemberData(nameof(SitePages.GermanPagesInLatinScript), MemberType = typeof(SitePages))]
    public async Task FirstVisit_GermanPage_LoadsNoArabicTextFont(string path, int status)
    {
        var visit = await FirstVisit.OfAsync(fixture, path, status);

        // The language switcher's "العربية" is drawn from the small language-names file instead.
        Assert.Contains("language-names-arabic.woff2", visit.FontFiles);
        Assert.False(
            visit.FontFiles.Any(f => f.StartsWith("noto-sans-arabic", StringComparison.Ordinal)),
            $"{path} loaded the Arabic text font; text in its range: " + string.Join("; ", visit.ArabicRangeText));
    }

    [Theory]
    [MemberData(nameof(SitePages.PublicPagesIn), "ar", MemberType = typeof(SitePages))]
    public async Task FirstVisit_ArabicPage_LoadsOnlyTheArabicWeightsItsTextUses(string path, int status)
    {
        var visit = await FirstVisit.OfAsync(fixture, path, status);
        // Noto Sans Arabic has a regular (400) and a bold (700) face; CSS weights up to 500 match the regular one.
        var needed = visit.ArabicTextWeights.Select(w => w <= 500 ? "noto-sans-arabic-regular.woff2" : "noto-sans-arabic-bold.woff2").ToHashSet();
        var loaded = visit.FontFiles.Where(f => f.StartsWith("noto-sans-arabic", StringComparison.Ordinal)).ToHashSet();

        Assert.Contains("noto-sans-arabic-regular.woff2", loaded);
        Assert.True(loaded.IsSubsetOf(needed), $"Arabic text weights {string.Join("/", visit.ArabicTextWeights)} need {string.Join(", ", needed)}; loaded {string.Join(", ", loaded)}.");
        Assert.DoesNotContain(visit.FontFiles, f => f.StartsWith("language-names", StringComparison.Ordinal));
    }
}
