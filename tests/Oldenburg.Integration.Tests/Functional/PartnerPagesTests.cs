using System.Net;
using System.Text;
using System.Text.Json;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Detail page, vCard, open data, logo and sitemap of the partner directory.</summary>
[Collection(WritableSite.Name)]
public class PartnerPagesTests(SiteFactory site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Details_PublishedPartner_ShowsContactLinksJsonLdAndReportLink()
    {
        var partner = await new PartnerBuilder().WithEmail("team@beispiel.example.org").WithPhone("0441 0000-123")
            .WithText("de", "Kurz.", "Erster Absatz.\n\nZweiter Absatz.").InsertAsync(site);

        var page = await _client.GetPageAsync($"/de/partners/{partner.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("a[href='tel:+494410000123']"));
        Assert.DoesNotContain("team@beispiel.example.org", page.Raw, StringComparison.Ordinal);
        Assert.Contains("team(at)beispiel.example.org", page.Text, StringComparison.Ordinal);
        Assert.Equal("mailto:team@beispiel.example.org", page.Document.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));
        var jsonLd = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Organization", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("team@beispiel.example.org", jsonLd.GetProperty("email").GetString());
        Assert.Equal($"/de/partners/suggest?partner={partner.Slug}", page.Document.QuerySelector("a[href*='/suggest?partner=']")?.GetAttribute("href"));
        Assert.StartsWith("https://www.openstreetmap.org/search?query=", page.Document.QuerySelector("a[href*='openstreetmap']")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(2, page.Document.QuerySelectorAll(".partner-details__text p.kern-body:not(.lead)").Length);
    }

    [Fact]
    public async Task Details_EnglishPageWithoutEnglishText_ShowsGermanWithFallbackNotice()
    {
        var partner = await new PartnerBuilder().WithText("de", "Nur deutsch beschrieben.").InsertAsync(site);

        var page = await _client.GetPageAsync($"/en/partners/{partner.Slug}");

        Assert.NotNull(page.Document.QuerySelector(".fallback-notice"));
        Assert.Equal("de", page.Document.QuerySelector(".partner-details__text")?.GetAttribute("lang"));
    }

    [Fact]
    public async Task Details_HoursOnEveryDay_ShowOpeningStatus()
    {
        var builder = new PartnerBuilder();
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            builder.WithHours(day, 0, 23);
        }

        var partner = await builder.InsertAsync(site);
        var page = await _client.GetPageAsync($"/en/partners/{partner.Slug}");

        Assert.Matches("Open now|Opens (today|tomorrow)", page.Document.QuerySelector(".opening-status")!.TextContent);
        Assert.Equal(7, page.Document.QuerySelectorAll(".opening-hours__table tbody tr").Length);
    }

    [Fact]
    public async Task VCard_PublishedPartner_IsAnEscapedVCardWithContactDetails()
    {
        var partner = await new PartnerBuilder("Verein; Kultur, Sport").WithEmail("info@verein.example.org").InsertAsync(site);

        var response = await _client.GetAsync(new Uri($"/de/partners/{partner.Slug}.vcf", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.Equal("text/vcard", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.StartsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCARD\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nFN:Verein\\; Kultur\\, Sport\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nORG:Verein\\; Kultur\\, Sport\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nADR;TYPE=WORK:;;Teststraße 1;Oldenburg;;26122;Deutschland\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nTEL;TYPE=WORK,VOICE:+494410000999\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("\r\nEMAIL;TYPE=INTERNET:info@verein.example.org\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains($"/de/partners/{partner.Slug}", unfolded, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public async Task Json_FilteredByTopic_ReturnsEnvelopeWithLicenceAndMatchingItems()
    {
        var token = "tok" + Guid.NewGuid().ToString("N")[..10];
        var partner = await new PartnerBuilder($"Json {token}").WithTopic("women").WithText("de", "Deutsch").WithText("en", "English text").InsertAsync(site);
        await new PartnerBuilder($"Json {token} other").WithTopic("youth").InsertAsync(site);

        var response = await _client.GetAsync(new Uri($"/api/partners.json?q={token}&topic=women&culture=en", UriKind.Relative));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)", json.GetProperty("licence").GetString());
        Assert.Contains("Stabsstelle Integration", json.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, json.GetProperty("count").GetInt32());
        var item = Assert.Single(json.GetProperty("items").EnumerateArray());
        Assert.Equal(partner.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("English text", item.GetProperty("short_description").GetString());
        Assert.Equal("Women", item.GetProperty("topics")[0].GetProperty("name").GetString());
        Assert.EndsWith($"/en/partners/{partner.Slug}", item.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_FormulaLikeName_IsDefusedInAnRfc4180FileWithBom()
    {
        var token = "tok" + Guid.NewGuid().ToString("N")[..10];
        await new PartnerBuilder($"=HYPERLINK(\"http://evil\";\"{token}\")").WithLanguage("ar").WithLanguage("de")
            .WithHours(DayOfWeek.Monday, 9, 12).InsertAsync(site);

        var response = await _client.GetAsync(new Uri($"/api/partners.csv?q={token}", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(string.Join(',', Web.Features.Partners.PartnerOpenData.Columns), lines[0]);
        Assert.StartsWith($"test-partner-", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\";'\"\"" + token + "\"\")\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"de;ar\",", lines[1], StringComparison.Ordinal);
        Assert.Contains(",Mo 09:00-12:00,", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task Draft_EveryPublicChannel_NeverShowsIt()
    {
        var token = "tok" + Guid.NewGuid().ToString("N")[..10];
        var draft = await new PartnerBuilder($"Entwurf {token}").WithLogo("draft.png").Draft().InsertAsync(site);
        await WriteLogoAsync("draft.png");

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/de/partners/{draft.Slug}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/de/partners/{draft.Slug}.vcf", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/partners/{draft.Slug}/logo", UriKind.Relative))).StatusCode);
        foreach (var url in new[] { $"/de/partners?q={token}", $"/de/partners/print?q={token}", $"/api/partners.json?q={token}", $"/api/partners.csv?q={token}", "/sitemap.xml", "/sitemap-1.xml", "/de/partners" })
        {
            var body = await _client.GetStringAsync(new Uri(url, UriKind.Relative));
            Assert.DoesNotContain(draft.Slug, body, StringComparison.Ordinal);
            Assert.DoesNotContain($"Entwurf {token}", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Logo_VersionedUrlFromDetailsPage_IsServedAsImageCachedLongAndImmutable()
    {
        var file = Guid.NewGuid().ToString("N") + ".png";
        var partner = await new PartnerBuilder().WithLogo(file).InsertAsync(site);
        await WriteLogoAsync(file);
        var src = (await _client.GetPageAsync($"/de/partners/{partner.Slug}")).Document.QuerySelector("img.partner-logo")!.GetAttribute("src")!;

        var response = await _client.GetAsync(new Uri(src, UriKind.Relative));

        Assert.Matches($"^/partners/{partner.Slug}/logo\\?v=[0-9a-f]{{12}}$", src);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(LogoBytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Logo_ReplacedLogo_ChangesTheUrlAndOldUrlRedirectsUncachedToTheNewOne()
    {
        var (first, second) = (Guid.NewGuid().ToString("N") + ".png", Guid.NewGuid().ToString("N") + ".png");
        var partner = await new PartnerBuilder().WithLogo(first).InsertAsync(site);
        await WriteLogoAsync(first);
        await WriteLogoAsync(second);
        var oldSrc = await LogoSrcAsync(partner.Slug);
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Id == partner.Id)).LogoFile = second;
            await db.SaveChangesAsync();
        });
        var newSrc = await LogoSrcAsync(partner.Slug);
        var client = site.CreateClient(new() { AllowAutoRedirect = false });

        var stale = await client.GetAsync(new Uri(oldSrc, UriKind.Relative));
        var unversioned = await client.GetAsync(new Uri($"/partners/{partner.Slug}/logo", UriKind.Relative));

        Assert.NotEqual(oldSrc, newSrc);
        Assert.All([stale, unversioned], r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal(newSrc, r.Headers.Location?.OriginalString);
            Assert.True(r.Headers.CacheControl?.NoCache, "A redirect to the current logo must not be cached.");
        });
    }

    [Fact]
    public async Task Logo_UnpublishedPartner_IsNotFoundAndNotStored()
    {
        var file = Guid.NewGuid().ToString("N") + ".png";
        var partner = await new PartnerBuilder().WithLogo(file).InsertAsync(site);
        await WriteLogoAsync(file);
        var src = await LogoSrcAsync(partner.Slug);
        await site.WithDbAsync(async db =>
        {
            (await db.Partners.SingleAsync(p => p.Id == partner.Id)).State = Web.Domain.PublishState.Draft;
            await db.SaveChangesAsync();
        });

        var response = await _client.GetAsync(new Uri(src, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "A withdrawn logo's 404 must not be stored.");
    }

    [Theory]
    [InlineData("/de/contact")]
    [InlineData("/de/partners/{slug}")]
    public async Task JsonLd_PagesWithStructuredData_WriteTheScriptTypePlainly(string url)
    {
        var partner = await new PartnerBuilder().InsertAsync(site);

        var page = await _client.GetPageAsync(url.Replace("{slug}", partner.Slug, StringComparison.Ordinal));

        Assert.Contains("<script type=\"application/ld+json\">", page.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("application/ld&#x2B;json", page.Raw, StringComparison.Ordinal);
    }

    private async Task<string> LogoSrcAsync(string slug) =>
        (await _client.GetPageAsync($"/de/partners/{slug}")).Document.QuerySelector("img.partner-logo")!.GetAttribute("src")!;

    [Fact]
    public async Task Print_Filtered_IsNoIndexAndListsContactDetails()
    {
        var token = "tok" + Guid.NewGuid().ToString("N")[..10];
        await new PartnerBuilder($"Druck {token}").WithTopic("health").WithEmail("druck@example.org").InsertAsync(site);

        var page = await _client.GetPageAsync($"/de/partners/print?q={token}&topic=health");

        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("druck(at)example.org", page.Text, StringComparison.Ordinal);
        Assert.Contains("Gesundheit", page.Text, StringComparison.Ordinal);
        Assert.Single(page.Document.QuerySelectorAll(".partner-print__item"));
    }

    private static readonly byte[] LogoBytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private Task WriteLogoAsync(string file) => site.WithDbAsync(async db =>
    {
        if (!await db.StoredFiles.AnyAsync(f => f.Area == LogoStore.Area && f.Name == file))
        {
            db.StoredFiles.Add(new StoredFile { Area = LogoStore.Area, Name = file, ContentType = "image/png", Content = LogoBytes, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
    });
}

[Collection(ReadOnlySite.Name)]
public class PartnerSeedTests(SiteFactory site)
{
    [Fact]
    public async Task Seed_NewDatabase_HasTwentyPublishedPartnersOfSeveralTypesWithGermanText()
    {
        var partners = await site.WithDbAsync(db => db.Partners.Include(p => p.Translations).ToListAsync());
        var seeded = partners.Where(p => p.UpdatedBy == Web.Data.Seeding.DatabaseInitializer.SystemUser).ToList();

        Assert.True(seeded.Count >= 20, $"{seeded.Count} seeded partners");
        Assert.All(seeded, p => Assert.True(p.IsPublished));
        Assert.All(seeded, p => Assert.Contains(p.Translations, t => t.Culture == "de"));
        Assert.True(seeded.Select(p => p.PartnerTypeId).Distinct().Count() >= 6);
        Assert.True(seeded.Count(p => p.Translations.Any(t => t.Culture == "ar")) * 2 >= seeded.Count);
        Assert.All(seeded, p => Assert.Equal(Web.Domain.SearchFolding.Fold(p.Name), p.NameSortKey));
    }

    [Fact]
    public void SeedFile_EveryEntry_MarksItsSampleFields()
    {
        var seed = Web.Data.Seeding.PartnerSeed.Load();

        Assert.Contains("sample", seed.Note, StringComparison.Ordinal);
        Assert.All(seed.Partners.Where(p => p.Phone?.StartsWith("0441 0000", StringComparison.Ordinal) == true), p => Assert.Contains("phone", p.Sample!));
        Assert.All(seed.Partners.Where(p => p.OpeningHours.Count > 0), p => Assert.Contains("openingHours", p.Sample!));
        Assert.All(seed.Partners.Where(p => p.Email is not null), p => Assert.Contains("email", p.Sample!));
    }
}
