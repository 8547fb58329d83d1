using System.Net;
using System.Net.Http.Headers;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Publications;

[Collection(ReadOnlySite.Name)]
public class PublicationDownloadTests(SiteFactory site)
{
    [Fact]
    public async Task StableUrl_RedirectsToTheVersionedFileWithoutCaching()
    {
        var response = await site.CreateBrowser().GetAsync(new Uri("/de/publications/beispiel-willkommensbroschuere/tr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("^/files/publications/[0-9a-f]{32}\\.pdf$", response.Headers.Location!.OriginalString);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task VersionedFile_HasTypeNameValidatorsAndLongCaching()
    {
        var (browser, url) = await FileUrlAsync();
        var response = await browser.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("beispiel-willkommen-tr.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(31536000, (int)response.Headers.CacheControl!.MaxAge!.Value.TotalSeconds);
        Assert.Contains("bytes", response.Headers.AcceptRanges);
        Assert.Equal("%PDF-"u8.ToArray(), body[..5]);
    }

    [Fact]
    public async Task VersionedFile_RangeRequest_Answers206WithContentRange()
    {
        var (browser, url) = await FileUrlAsync();
        var whole = await (await browser.GetAsync(url)).Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(5, 14);

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 5-14/{whole.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(whole[5..15], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task VersionedFile_IfNoneMatch_Answers304()
    {
        var (browser, url) = await FileUrlAsync();
        var first = await browser.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/files/publications/00000000000000000000000000000000.pdf")]
    [InlineData("/files/publications/..%2F..%2Fappsettings.json")]
    [InlineData("/de/publications/beispiel-willkommensbroschuere/xx")]
    [InlineData("/de/publications/no-such-publication/de")]
    public async Task Download_UnknownFileOrLanguage_IsNotFound(string path)
    {
        var response = await site.CreateBrowser().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(HttpClient Browser, Uri Url)> FileUrlAsync()
    {
        var browser = site.CreateBrowser();
        var redirect = await browser.GetAsync(new Uri("/de/publications/beispiel-willkommensbroschuere/tr", UriKind.Relative));
        return (browser, redirect.Headers.Location!);
    }
}
