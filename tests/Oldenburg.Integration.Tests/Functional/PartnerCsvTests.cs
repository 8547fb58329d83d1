using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

using Page = Oldenburg.Integration.Tests.Infrastructure.Page;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class PartnerCsvTests(SiteFactory site)
{
    [Fact]
    public async Task Export_DraftWithFormulaName_WritesStateAndNeutralisesFormula()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p =>
        {
            p.Name = "=HYPERLINK(\"http://evil.example\")";
            p.Phone = "+49 441 12345";
            p.Topics.Add(lookups.Topic);
            p.OpeningHours.Add(new OpeningHoursRule { Day = DayOfWeek.Monday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(12, 0) });
        });
        var browser = await site.EditorAsync();

        var response = await browser.GetAsync(new Uri("/admin/partners/export.csv", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("slug,name,type,topics,languages,district,", text.TrimStart('\uFEFF'));
        Assert.Contains(",state,last_checked\r\n", text);
        var row = text.Split("\r\n").Single(l => l.StartsWith(partner.Slug + ",", StringComparison.Ordinal));
        Assert.StartsWith($"{partner.Slug},\"'=HYPERLINK(\"\"http://evil.example\"\")\",{lookups.Type.Key},{lookups.Topic.Key},", row);
        Assert.Contains(",'+49 441 12345,", row);
        Assert.Contains(",Mo 09:00-12:00,", row);
        Assert.EndsWith(",draft,", row);
    }

    [Fact]
    public async Task Import_ExportedFile_IsUnchangedForEveryRow()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups, p =>
        {
            p.Name = "@Rundreise; \"Zitat\", Komma";
            p.Phone = "+49 441 1";
            p.Website = "https://example.org/a?b=c";
            p.BarrierFree = true;
            p.State = PublishState.Published;
            p.LastCheckedAt = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc);
            p.Topics.Add(lookups.Topic);
            p.Languages.Add(lookups.Language);
            p.DistrictId = lookups.District.Id;
            p.Translations.Add(new PartnerTranslation { Culture = "ar", ShortDescription = "استشارة", Description = "سطر\r\n\r\nفقرة" });
            p.OpeningHours.Add(new OpeningHoursRule { Day = DayOfWeek.Sunday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(12, 0) });
            p.OpeningHours.Add(new OpeningHoursRule { Day = DayOfWeek.Monday, Opens = new TimeOnly(14, 0), Closes = new TimeOnly(16, 30) });
        });
        var browser = await site.EditorAsync();
        var exported = await (await browser.GetAsync(new Uri("/admin/partners/export.csv", UriKind.Relative))).Content.ReadAsByteArrayAsync();

        var preview = await UploadAsync(browser, exported);

        var rows = Rows(preview);
        Assert.Equal("unchanged", rows[partner.Slug]);
        Assert.All(rows.Values, action => Assert.Equal("unchanged", action));
    }

    [Fact]
    public async Task Import_RowsWithErrors_DryRunReportsEachAndChangesNothing()
    {
        var lookups = await site.AddLookupsAsync();
        var s = Unique.Name("csv");
        var csv = string.Join("\n",
            "slug;name;type;topics;email;website;phone;short_description_de",
            $"{s}-ok;Gut;{lookups.Type.Key};{lookups.Topic.Key};a@example.org;https://example.org;0441 1;Kurz",
            $"{s}-type;Falsche Art;gibt-es-nicht;;;;;Kurz",
            $"{s}-topic;Falsches Thema;{lookups.Type.Key};\"{lookups.Topic.Key}; kein-thema\";;;;Kurz",
            $"{s}-noname;;{lookups.Type.Key};;;;;Kurz",
            $"{s}-mail;Mail;{lookups.Type.Key};;kein-at;ftp://example.org;abc;Kurz",
            $"{s}-dup;Eins;{lookups.Type.Key};;;;;Kurz",
            $"{s}-dup;Zwei;{lookups.Type.Key};;;;;Kurz",
            $"{s}-long;{new string('n', 201)};{lookups.Type.Key};;;;;Kurz",
            $"{s}-quote;Zitat \"mitten\";{lookups.Type.Key};;;;;Kurz",
            $"{s}-nodesc;Ohne;{lookups.Type.Key};;;;;");
        var browser = await site.EditorAsync();

        var preview = await UploadAsync(browser, Encoding.UTF8.GetBytes(csv));

        var rows = Rows(preview);
        Assert.Equal("create", rows[$"{s}-ok"]);
        Assert.All(rows.Where(r => r.Key != $"{s}-ok").Select(r => r.Value), a => Assert.Equal("error", a));
        Assert.Contains("Partnerart „gibt-es-nicht“ gibt es nicht", ErrorsOf(preview, $"{s}-type"));
        Assert.Contains("Thema „kein-thema“ gibt es nicht", ErrorsOf(preview, $"{s}-topic"));
        Assert.Contains("Der Name fehlt", ErrorsOf(preview, $"{s}-noname"));
        Assert.Contains("E-Mail-Adresse ist ungültig", ErrorsOf(preview, $"{s}-mail"));
        Assert.Contains("http:// oder https://", ErrorsOf(preview, $"{s}-mail"));
        Assert.Contains("Telefonnummer", ErrorsOf(preview, $"{s}-mail"));
        Assert.Contains("mehrmals vor (Zeilen 7, 8)", ErrorsOf(preview, $"{s}-dup"));
        Assert.Contains("höchstens 200", ErrorsOf(preview, $"{s}-long"));
        Assert.Contains("Anführungszeichen mitten im Feld", ErrorsOf(preview, $"{s}-quote"));
        Assert.Contains("short_description_de", ErrorsOf(preview, $"{s}-nodesc"));
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug.StartsWith(s))));
    }

    [Fact]
    public async Task Import_Commit_ImportsOnlyValidRows_ReimportIsUnchanged()
    {
        var lookups = await site.AddLookupsAsync();
        var existing = await site.AddPartnerAsync(lookups, p => p.Name = "Vorher");
        var s = Unique.Name("commit");
        var csv = "\uFEFF" + string.Join("\r\n",
            "name,slug,type,languages,opening_hours,short_description_de,short_description_en,state",
            $"Neu,{s}-new,{lookups.Type.Key},{lookups.Language.Key},\"Mo 09:00-12:00; Do 14:00-17:00\",Kurz,Short,published",
            $"Nachher,{existing.Slug},{lookups.Type.Key},,,Kurz beschrieben.,,draft",
            $"Kaputt,{s}-bad,nope,,,Kurz,,draft") + "\r\n";
        var browser = await site.EditorAsync();

        var preview = await UploadAsync(browser, Encoding.UTF8.GetBytes(csv));
        var commitForm = preview.Document.FormWithField("hash");
        var commit = await commitForm.PostAsync(browser);
        var again = await UploadAsync(browser, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        var created = await site.WithDbAsync(db => db.Partners.Include(p => p.Languages).Include(p => p.OpeningHours).Include(p => p.Translations).SingleAsync(p => p.Slug == $"{s}-new"));
        Assert.Equal(PublishState.Published, created.State);
        Assert.Equal([lookups.Language.Key], created.Languages.Select(l => l.Key));
        Assert.Equal(2, created.OpeningHours.Count);
        Assert.Equal(["de", "en"], created.Translations.Select(t => t.Culture).Order());
        Assert.Equal("neu", created.NameSortKey);
        Assert.Equal("Nachher", (await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == existing.Id))).Name);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == $"{s}-bad")));
        var rows = Rows(again);
        Assert.Equal(("unchanged", "unchanged", "error"), (rows[$"{s}-new"], rows[existing.Slug], rows[$"{s}-bad"]));
        Assert.False(File.Exists(Path.Combine(site.DataDirectory, "imports", commitForm.Value("id") + ".csv")));
    }

    [Fact]
    public async Task Import_CommitTwice_SecondIsRefused()
    {
        var lookups = await site.AddLookupsAsync();
        var slug = Unique.Name("once");
        var browser = await site.EditorAsync();
        var preview = await UploadAsync(browser, Encoding.UTF8.GetBytes($"slug,name,type,short_description_de\n{slug},Einmal,{lookups.Type.Key},Kurz\n"));
        var form = preview.Document.FormWithField("hash");

        await form.PostAsync(browser);
        var second = await form.PostAsync(browser);
        var tampered = await form.PostAsync(browser, new Dictionary<string, string> { ["id"] = "../../keys/x" });

        Assert.Equal("/admin/partners/import", second.Headers.Location?.OriginalString);
        Assert.Equal("/admin/partners/import", tampered.Headers.Location?.OriginalString);
        Assert.Equal(1, await site.WithDbAsync(db => db.Partners.CountAsync(p => p.Slug == slug)));
    }

    [Theory]
    [InlineData("slug,name,type,short_description_de\nok,\"Unterminated,x,Kurz\n", "Anführungszeichen wird nicht geschlossen")]
    [InlineData("slug,name,colour,short_description_de\n", "Unbekannte Spalten")]
    [InlineData("slug,name,short_description_de\n", "Es fehlen Pflichtspalten: type")]
    [InlineData("", "Bitte wählen Sie eine CSV-Datei aus")]
    public async Task Import_MalformedFile_ShowsClearMessageWithoutCommit(string csv, string message)
    {
        var browser = await site.EditorAsync();

        var preview = await UploadAsync(browser, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains(message, preview.Document.QuerySelector(".kern-alert--danger")?.TextContent);
        Assert.Null(preview.Document.QuerySelector("input[name=hash]"));
    }

    [Fact]
    public async Task Import_NotUtf8_ShowsEncodingMessage()
    {
        var browser = await site.EditorAsync();

        var preview = await UploadAsync(browser, [.. Encoding.ASCII.GetBytes("slug,name,type,short_description_de\nx,M"), 0xFC, (byte)'\n']);

        Assert.Contains("nicht UTF-8", preview.Document.QuerySelector(".kern-alert--danger")?.TextContent);
    }

    [Fact]
    public async Task Import_ReservedSlug_DryRunReportsReservedAddress()
    {
        var lookups = await site.AddLookupsAsync();
        var csv = $"slug;name;type;short_description_de\n{Slugs.Suggest};Vorschlag;{lookups.Type.Key};Kurz";
        var browser = await site.EditorAsync();

        var preview = await UploadAsync(browser, Encoding.UTF8.GetBytes(csv));

        Assert.Equal("error", Rows(preview)[Slugs.Suggest]);
        Assert.Contains("reserviert", ErrorsOf(preview, Slugs.Suggest), StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Slug == Slugs.Suggest)));
    }

    private static async Task<Page> UploadAsync(HttpClient browser, byte[] csv)
    {
        var form = (await browser.GetPageAsync("/admin/partners/import")).Document.FormWithField("file");
        var response = await form.PostMultipartAsync(browser, null, new UploadFile("file", "partner.csv", csv, "text/csv"));
        var raw = await response.Content.ReadAsStringAsync();
        return new Page(response, raw, await Html.ParseAsync(raw, new Uri("https://localhost/admin/partners/import")));
    }

    private static Dictionary<string, string> Rows(Page preview) =>
        preview.Document.QuerySelectorAll("tr[data-action]")
            .GroupBy(r => r.QuerySelector("th")!.TextContent.Trim())
            .ToDictionary(g => g.Key, g => g.First().GetAttribute("data-action")!);

    private static string ErrorsOf(Page preview, string slug) =>
        string.Join(" | ", preview.Document.QuerySelectorAll("tr[data-action]")
            .Where(r => r.QuerySelector("th")!.TextContent.Trim() == slug)
            .Select(r => r.NormalizedText()));
}
