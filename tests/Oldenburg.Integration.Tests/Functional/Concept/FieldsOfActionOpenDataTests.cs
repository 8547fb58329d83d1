using System.Text.Json;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Features.Concept;

namespace Oldenburg.Integration.Tests.Functional.Concept;

/// <summary>The published fields of action as open data, read back as a consumer would.</summary>
[Collection(WritableSite.Name)]
public class FieldsOfActionOpenDataTests(SiteFactory site)
{
    private const string Base = SiteFactory.BaseUrl;

    [Fact]
    public async Task Json_PublishedField_HasMeasuresOffersAndPartnersAndNoDrafts()
    {
        var (field, offer, partner, draft) = await ArrangeAsync();
        var client = site.CreateClient();

        var response = await client.GetAsync(new Uri("/api/fields-of-action.json?culture=ar", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var root = json.RootElement;
        Assert.StartsWith("Datenlizenz Deutschland", root.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.Equal("ar", root.GetProperty("language").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, root.GetProperty("count").GetInt32());
        Assert.DoesNotContain(items, i => i.GetProperty("slug").GetString() == draft.Slug);
        var item = items.Single(i => i.GetProperty("slug").GetString() == field.Slug);
        Assert.Equal("عنوان", item.GetProperty("title").GetString());
        Assert.Equal("ar", item.GetProperty("text_language").GetString());
        Assert.Equal(["أولاً", "ثانياً"], item.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal($"{Base}/ar/concept#field-{field.Slug}", item.GetProperty("url").GetString());
        var linkedOffer = item.GetProperty("offers").EnumerateArray().Single();
        Assert.Equal(offer.Slug, linkedOffer.GetProperty("slug").GetString());
        Assert.Equal($"{Base}/ar/offers/{offer.Slug}", linkedOffer.GetProperty("url").GetString());
        Assert.Equal("de", linkedOffer.GetProperty("text_language").GetString());
        var linkedPartner = item.GetProperty("partners").EnumerateArray().Single();
        Assert.Equal(partner.Name, linkedPartner.GetProperty("name").GetString());
        Assert.Equal($"{Base}/ar/partners/{partner.Slug}", linkedPartner.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Csv_PublishedField_OneRowWithListsAsLinesAndNoDrafts()
    {
        var (field, offer, partner, draft) = await ArrangeAsync();
        var client = site.CreateClient();

        var response = await client.GetAsync(new Uri("/api/fields-of-action.csv", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var rows = CsvFile.Read(text, ',');

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(FieldsOfActionOpenDataController.CsvColumns, rows[0]);
        var column = FieldsOfActionOpenDataController.CsvColumns.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        Assert.DoesNotContain(rows, r => r[0] == draft.Slug);
        var row = rows.Single(r => r[0] == field.Slug);
        Assert.Equal("Bildung", row[column["title"]]);
        Assert.Equal("de", row[column["text_language"]]);
        Assert.Equal(["Erstens", "Zweitens"], row[column["measures"]].Split('\n'));
        Assert.Equal(offer.Slug, row[column["offers"]]);
        Assert.Equal($"{Base}/de/offers/{offer.Slug}", row[column["offer_urls"]]);
        Assert.Equal(partner.Slug, row[column["partners"]]);
        Assert.Equal($"{Base}/de/partners/{partner.Slug}", row[column["partner_urls"]]);
        Assert.Equal($"{Base}/de/concept#field-{field.Slug}", row[column["url"]]);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    public async Task ConceptPage_LinksTheOpenDataInTheReadersLanguage(string culture)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/concept");

        Assert.NotNull(page.Document.QuerySelector($"main a[href='/api/fields-of-action.json?culture={culture}'][type='application/json']"));
        Assert.NotNull(page.Document.QuerySelector($"main a[href='/api/fields-of-action.csv?culture={culture}'][type='text/csv']"));
    }

    private async Task<(Web.Domain.FieldOfAction Field, Web.Domain.Offer Offer, Web.Domain.Partner Partner, Web.Domain.FieldOfAction Draft)> ArrangeAsync()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Aufgabe")).Build());
        var partner = await new PartnerBuilder().InsertAsync(site);
        var hiddenOffer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", Unique.Name("Entwurf")).Draft().Build());
        var field = await new FieldOfActionBuilder()
            .WithTranslation("de", "Bildung", "Ziel", "Erstens", "Zweitens")
            .WithTranslation("ar", "عنوان", "هدف", "أولاً", "ثانياً")
            .WithOffer(offer.Id).WithOffer(hiddenOffer.Id).WithPartner(partner.Id)
            .InsertAsync(site);
        var draft = await new FieldOfActionBuilder().WithTranslation("de", Unique.Name("Entwurfsfeld")).Draft().InsertAsync(site);
        return (field, offer, partner, draft);
    }
}
