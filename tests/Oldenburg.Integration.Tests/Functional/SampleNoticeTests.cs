using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Where seeded sample data is published (as in Development), public pages say so in the reader's language.</summary>
[Collection(ReadOnlySite.Name)]
public class SampleNoticeTests(SiteFactory site)
{
    private static readonly Dictionary<string, string> LastCheckedLabels = new()
    {
        ["de"] = "Zuletzt von der Stabsstelle Integration geprüft",
        ["en"] = "Last checked by the Integration Office",
        ["ar"] = "آخر مراجعة من مكتب الاندماج",
    };

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task PublishedSamplePartner_DetailsAndCard_ShowLocalizedNote(string culture)
    {
        var client = site.CreateClient();

        var details = await client.GetPageAsync($"/{culture}/partners/{SampleDataTests.SamplePartner}");
        var directory = await client.GetPageAsync($"/{culture}/partners?q=IBIS");

        Assert.Contains(SampleDataTests.SampleNotes[culture], details.Document.QuerySelector(".sample-notice")?.TextContent);
        Assert.DoesNotContain(LastCheckedLabels[culture], details.Text, StringComparison.Ordinal);
        var card = directory.Document.QuerySelectorAll(".partner-card").First(c => c.QuerySelector($"a[href='/{culture}/partners/{SampleDataTests.SamplePartner}']") is not null);
        Assert.Contains(SampleDataTests.SampleNotes[culture], card.QuerySelector(".sample-hint")?.TextContent);
    }

    [Theory]
    [InlineData("de", "noch nicht fertig")]
    [InlineData("en", "not finished yet")]
    [InlineData("ar", "لم تكتمل بعد")]
    public async Task SeededLegalNotice_WithPlaceholders_ShowsUnfinishedNote(string culture, string note)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/pages/impressum");

        Assert.Contains(note, page.Document.QuerySelector(".sample-notice")?.TextContent);
    }
}
