using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Caching;

/// <summary>Validators, 304s, HEAD and the compressed bytes the cache keeps.</summary>
[Collection(CachingSite.Name)]
public class ConditionalGetTests(CachingSite site)
{
    [Fact]
    public async Task CachedPage_CarriesValidatorsAndAsksBrowsersToRevalidate()
    {
        var response = await site.CreateClient().GetAsync(new Uri("/de/offers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        Assert.True(response.Headers.CacheControl?.NoCache, "Browsers must revalidate, so an edit is seen at once.");
    }

    [Fact]
    public async Task IfNoneMatch_CurrentETag_Answers304WithoutBody()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync(new Uri("/en/offers", UriKind.Relative));

        var conditional = await SendAsync(client, "/en/offers", r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        var otherTag = await SendAsync(client, "/en/offers", r => r.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\"")));

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task IfModifiedSince_LastModifiedOfCachedEntry_Answers304()
    {
        var client = site.CreateClient();
        var first = await client.GetAsync(new Uri("/ar/contact", UriKind.Relative));

        var conditional = await SendAsync(client, "/ar/contact", r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified);
        var older = await SendAsync(client, "/ar/contact", r => r.Headers.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddDays(-1));

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
    }

    [Fact]
    public async Task IfNoneMatch_AfterAnEdit_GetsTheNewPage()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Vor der Änderung").Build());
        var client = site.CreateClient();
        var path = $"/de/offers/{offer.Slug}";
        var first = await client.GetAsync(new Uri(path, UriKind.Relative));
        await site.RetitleOfferBehindTheBackAsync(offer.Id, "de", "Nach der Änderung");
        await site.EvictPublicCachesAsync();

        var conditional = await SendAsync(client, path, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, conditional.StatusCode);
        Assert.NotEqual(first.Headers.ETag, conditional.Headers.ETag);
        Assert.Contains("Nach der Änderung", await conditional.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public async Task AcceptEncoding_CompressedOnceAndServedFromCache(string acceptEncoding, string expected)
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Komprimiert vorher").Build());
        var client = site.CreateClient();
        var path = $"/de/offers/{offer.Slug}";
        var plain = await (await client.GetAsync(new Uri(path, UriKind.Relative))).Content.ReadAsStringAsync();
        var first = await SendAsync(client, path, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding));
        await site.RetitleOfferBehindTheBackAsync(offer.Id, "de", "Komprimiert nachher");

        var second = await SendAsync(client, path, r => r.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding));

        Assert.Equal([expected], first.Content.Headers.ContentEncoding);
        Assert.Equal([expected], second.Content.Headers.ContentEncoding);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(plain.Length, (await second.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(plain, await DecompressAsync(second, expected));
    }

    [Fact]
    public async Task AcceptEncoding_TwoSpellingsOfBrotli_ShareOneEntry()
    {
        var client = site.CreateClient();

        var chrome = await SendAsync(client, "/de/partners", r => r.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd"));
        var other = await SendAsync(client, "/de/partners", r => r.Headers.TryAddWithoutValidation("Accept-Encoding", "br"));
        var identity = await client.GetAsync(new Uri("/de/partners", UriKind.Relative));

        Assert.Equal(chrome.Headers.ETag, other.Headers.ETag);
        Assert.NotEqual(chrome.Headers.ETag, identity.Headers.ETag);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Head_CachedPage_AnswersWithHeadersOnly()
    {
        var client = site.CreateClient();
        await client.GetAsync(new Uri("/de/", UriKind.Relative));

        var head = await SendAsync(client, "/de/", r => r.Method = HttpMethod.Head);
        var again = await SendAsync(client, "/de/", r => r.Method = HttpMethod.Head);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(head.Headers.ETag, again.Headers.ETag);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        configure(request);
        return await client.SendAsync(request);
    }

    private static async Task<string> DecompressAsync(HttpResponseMessage response, string encoding)
    {
        await using var compressed = await response.Content.ReadAsStreamAsync();
        await using Stream decompressed = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
