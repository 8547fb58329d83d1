using Microsoft.AspNetCore.Http;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Publications;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Features.Publications;
using UglyToad.PdfPig;

namespace Oldenburg.Integration.Tests.Functional.Publications;

public class PublicationFileCheckTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public async Task Check_GeneratedPdf_ReadsItsPageCount(int pages)
    {
        var data = SamplePdf.Create("Seiten", "de", pages);
        using var stream = new MemoryStream(data);
        var file = new FormFile(stream, 0, data.Length, "File", "seiten.pdf");

        var (upload, error) = await PublicationUpload.CheckAsync(file, new PublicationFileOptions(), CancellationToken.None);

        Assert.Null(error);
        Assert.Equal(pages, upload!.PageCount);
        Assert.Equal("application/pdf", upload.ContentType);
    }

    /// <summary>The generated file is what it claims: encrypted, and readable with its password.</summary>
    [Fact]
    public void EncryptedPdf_WithItsPassword_OpensAndShowsItsText()
    {
        using var document = PdfDocument.Open(EncryptedPdf.Create("geheim", "chef"), new ParsingOptions { Password = "geheim" });

        Assert.True(document.IsEncrypted);
        Assert.Contains("Geschuetzt", document.GetPage(1).Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Refused both when it needs a password to open and when only its rights are restricted: readers
    /// of an official site must be able to open, print and copy from it, and assistive technology
    /// may be barred from reading a restricted file.
    /// </summary>
    [Theory]
    [InlineData("geheim", "chef")]
    [InlineData("", "chef")]
    public async Task Check_EncryptedPdf_IsRefusedWithAGermanMessage(string userPassword, string ownerPassword)
    {
        var data = EncryptedPdf.Create(userPassword, ownerPassword);
        using var stream = new MemoryStream(data);
        var file = new FormFile(stream, 0, data.Length, "File", "geschuetzt.pdf");

        var (upload, error) = await PublicationUpload.CheckAsync(file, new PublicationFileOptions(), CancellationToken.None);

        Assert.Null(upload);
        Assert.Equal("Die PDF-Datei „geschuetzt.pdf“ ist verschlüsselt oder mit einem Passwort geschützt. Bitte laden Sie eine Fassung ohne Schutz hoch, damit alle sie öffnen können.", error);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\x\\Flyer März 2026.pdf", "Flyer-März-2026.pdf")]
    [InlineData("a\u0000b\r\n.pdf", "ab.pdf")]
    [InlineData("\"quoted\";name.exe", "quoted-name.pdf")]
    [InlineData("...", "publikation.pdf")]
    [InlineData("", "publikation.pdf")]
    public void SafeName_PathAndControlCharacters_AreRemoved(string uploaded, string expected) =>
        Assert.Equal(expected, SafeFileName.Of(uploaded, "pdf"));
}
