using Microsoft.AspNetCore.Http;
using Oldenburg.Integration.Web.Areas.Admin.Publications;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Features.Publications;

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
