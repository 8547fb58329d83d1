using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data.Seeding;

namespace Oldenburg.Integration.Tests.Functional.Publications;

public class PublicationUploadTests(SmallUploadSite site) : IClassFixture<SmallUploadSite>
{
    private const string GermanFile = "Texts[0].File";

    [Fact]
    public async Task Create_ValidPdf_IsStoredWithPageCountAndSafeName()
    {
        var slug = Slug();
        var response = await PostAsync(slug, new UploadFile(GermanFile, "..\\..\\Mein Flyer<1>.pdf", SamplePdf.Create("t", "de", 3), "application/pdf"));

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await Html.ParseAsync(response)).QuerySelectorAll(".kern-error, .kern-alert").Select(e => e.TextContent.Trim())));
        var version = await site.WithDbAsync(db => db.Publications.Where(p => p.Slug == slug).SelectMany(p => p.Translations).SingleAsync());
        Assert.Equal(3, version.PageCount);
        Assert.Equal("Mein-Flyer-1.pdf", version.DownloadName);
        Assert.Equal("application/pdf", version.ContentType);
        var page = await site.CreateClient().GetPageAsync($"/de/publications/{slug}");
        Assert.Contains("3 Seiten", page.Document.QuerySelector(".publication-version")!.TextContent);
    }

    [Fact]
    public async Task Edit_ReplacedFile_KeepsTheReaderUrlAndRetiresTheOldFile()
    {
        var slug = Slug();
        await PostAsync(slug, new UploadFile(GermanFile, "a.pdf", SamplePdf.Create("a", "de", 1), "application/pdf"));
        var reader = site.CreateBrowser();
        var stable = new Uri($"/de/publications/{slug}/de", UriKind.Relative);
        var before = (await reader.GetAsync(stable)).Headers.Location!;
        var id = await site.WithDbAsync(db => db.Publications.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());
        var editor = await site.EditorAsync();
        var form = (await editor.GetPageAsync($"/admin/publications/edit/{id}")).Document.FormWithField("Slug");

        var edit = await form.PostMultipartAsync(editor, null, new UploadFile(GermanFile, "b.pdf", SamplePdf.Create("b", "de", 2), "application/pdf"));
        var after = (await reader.GetAsync(stable)).Headers.Location!;

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.NotEqual(before, after);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(before)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(after)).StatusCode);
        Assert.Equal(1, await site.WithDbAsync(db => db.StoredFiles.CountAsync(f => f.Area == "publications" && (f.Name == before.OriginalString.Substring(20) || f.Name == after.OriginalString.Substring(20)))));
    }

    [Theory]
    [InlineData("setup.pdf", "exe", "ein Windows-Programm")]
    [InlineData("seite.pdf", "html", "eine Webseite (HTML)")]
    [InlineData("leer.pdf", "empty", "ist leer")]
    [InlineData("gross.pdf", "large", "höchstens")]
    [InlineData("skript.pdf", "javascript", "JavaScript oder eingebettete Dateien")]
    [InlineData("anhang.pdf", "embedded", "JavaScript oder eingebettete Dateien")]
    [InlineData("kaputt.pdf", "broken", "beschädigt")]
    [InlineData("passwort.pdf", "password", "verschlüsselt oder mit einem Passwort geschützt")]
    [InlineData("rechte.pdf", "restricted", "verschlüsselt oder mit einem Passwort geschützt")]
    [InlineData("text.docx", "docx", "Erlaubt sind: PDF")]
    public async Task Create_BadFile_IsRejectedWithAGermanMessageAndNothingIsStored(string name, string kind, string message)
    {
        var slug = Slug();
        var files = await site.WithDbAsync(db => db.StoredFiles.CountAsync());

        var response = await PostAsync(slug, new UploadFile(GermanFile, name, Bytes(kind), "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await Html.ParseAsync(response)).QuerySelector("#Texts_0__File-error")?.TextContent;
        Assert.Contains(message, error);
        Assert.False(await site.WithDbAsync(db => db.Publications.AnyAsync(p => p.Slug == slug)));
        Assert.Equal(files, await site.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Edit_EncryptedReplacement_IsRefusedAndTheStoredFileStays()
    {
        var slug = Slug();
        await PostAsync(slug, new UploadFile(GermanFile, "a.pdf", SamplePdf.Create("a", "de", 2), "application/pdf"));
        var before = await site.WithDbAsync(db => db.Publications.Where(p => p.Slug == slug).Select(p => new { p.Id, p.UpdatedAt, Version = p.Translations.Single() }).SingleAsync());
        var files = await site.WithDbAsync(db => db.StoredFiles.CountAsync());
        var editor = await site.EditorAsync();
        var form = (await editor.GetPageAsync($"/admin/publications/edit/{before.Id}")).Document.FormWithField("Slug");

        var response = await form.PostMultipartAsync(editor, null, new UploadFile(GermanFile, "geschuetzt.pdf", EncryptedPdf.Create("geheim", "chef"), "application/pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("verschlüsselt", (await Html.ParseAsync(response)).QuerySelector("#Texts_0__File-error")?.TextContent, StringComparison.Ordinal);
        var after = await site.WithDbAsync(db => db.Publications.Where(p => p.Id == before.Id).Select(p => new { p.UpdatedAt, Version = p.Translations.Single() }).SingleAsync());
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);
        Assert.Equal((before.Version.FileName, 2), (after.Version.FileName, after.Version.PageCount ?? 0));
        Assert.Equal(files, await site.WithDbAsync(db => db.StoredFiles.CountAsync()));
    }

    [Fact]
    public async Task Create_GermanVersionWithoutFile_AsksForIt()
    {
        var response = await PostAsync(Slug());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bitte laden Sie die Datei", (await Html.ParseAsync(response)).QuerySelector("#Texts_0__File-error")?.TextContent);
    }

    private static byte[] Bytes(string kind)
    {
        var pdf = Encoding.Latin1.GetString(SamplePdf.Create("x", "de", 1));
        return kind switch
        {
            "exe" => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, .. "This program cannot be run in DOS mode"u8],
            "html" => "<!DOCTYPE html><html><script>alert(1)</script></html>"u8.ToArray(),
            "empty" => [],
            "large" => [.. "%PDF-1.7\n"u8, .. new byte[SmallUploadSite.MaxBytes]],
            "javascript" => Encoding.Latin1.GetBytes(pdf.Replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", StringComparison.Ordinal)),
            "embedded" => Encoding.Latin1.GetBytes(pdf.Insert(pdf.IndexOf("%%EOF", StringComparison.Ordinal), "9 0 obj << /Type /EmbeddedFile /Length 0 >> stream\nendstream endobj\n")),
            "broken" => "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 2 0 R"u8.ToArray(),
            "docx" => [.. "PK"u8, 3, 4, .. new byte[200]],
            "password" => EncryptedPdf.Create("geheim", "chef"),
            "restricted" => EncryptedPdf.Create("", "chef"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private async Task<HttpResponseMessage> PostAsync(string slug, params UploadFile[] files)
    {
        var editor = await site.EditorAsync();
        var topic = await site.WithDbAsync(db => db.Topics.Select(t => t.Id).FirstAsync());
        var form = (await editor.GetPageAsync("/admin/publications/create")).Document.FormWithField("Slug");
        return await form.PostMultipartAsync(editor, new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["TopicId"] = topic.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Year"] = "2026",
            ["State"] = "Published",
            ["Texts[0].Title"] = "Testbroschüre",
            ["Texts[0].Summary"] = "Eine Broschüre für Tests.",
        }, files);
    }

    private static string Slug() => "test-" + Guid.NewGuid().ToString("N")[..8];
}
