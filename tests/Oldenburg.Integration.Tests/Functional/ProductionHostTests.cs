using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// Starts the site the ways the README documents, as real processes in Production, and fetches its
/// stylesheets and fonts as a browser does (asking for br/gzip). The plain build output once served
/// every stylesheet as an empty 200 to such requests, while a request without Accept-Encoding
/// still got the whole file.
/// </summary>
public sealed partial class ProductionHostTests
{
    [Fact]
    public async Task PublishedOutput_BrowserFetchesStylesAndFonts_GetsWholeFilesWithoutServerHeader()
    {
        var folder = Path.Combine(Path.GetTempPath(), "oldenburg-integration-publish", Guid.NewGuid().ToString("N"));
        try
        {
            await Dotnet.RunAsync(TimeSpan.FromMinutes(8), "publish", Dotnet.WebProject, "-c", Dotnet.Configuration, "-o", folder, "--no-build");
            await using var site = await SiteProcess.StartAsync(folder, "Oldenburg.Integration.Web.dll");
            await AssertStylesAndFontsAsync(site.BaseAddress);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DotnetRunWithoutLaunchProfile_BrowserFetchesStylesAndFonts_GetsWholeFilesWithoutServerHeader()
    {
        await using var site = await SiteProcess.StartAsync(
            Dotnet.RepositoryRoot,
            "run", "--project", Dotnet.WebProject, "-c", Dotnet.Configuration, "--no-build", "--no-launch-profile");
        await AssertStylesAndFontsAsync(site.BaseAddress);
    }

    private static async Task AssertStylesAndFontsAsync(Uri baseAddress)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(1),
        };
        using var response = await client.GetAsync(new Uri("/de/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "The Server header tells a scanner what runs here.");

        var page = await Html.ParseAsync(response);
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.Contains(stylesheets, s => s.StartsWith("/lib/kern/fonts.css", StringComparison.Ordinal));
        foreach (var href in stylesheets)
        {
            await AssertServedAsSourceAsync(client, href);
        }

        var fontsCss = await File.ReadAllTextAsync(SourceFile("/lib/kern/fonts.css"));
        var fonts = FontUrl().Matches(fontsCss).Select(m => "/lib/kern/" + m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            await AssertServedAsSourceAsync(client, font);
        }
    }

    private static async Task AssertServedAsSourceAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Server"), "The Server header tells a scanner what runs here.");

        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        var sent = await response.Content.ReadAsByteArrayAsync();
        var body = await Decode(sent, encoding);
        var expected = await File.ReadAllBytesAsync(SourceFile(url));
        Assert.NotEmpty(expected);
        Assert.True(expected.AsSpan().SequenceEqual(body), $"{url} was served with {body.Length} bytes, the file has {expected.Length}.");

        // The plain build output once re-wrapped every stylesheet in uncompressed gzip on each request.
        Assert.True(
            encoding is null || sent.Length < expected.Length,
            $"{url} was sent {encoding}-encoded in {sent.Length} bytes, no fewer than the {expected.Length}-byte file.");
    }

    private static async Task<byte[]> Decode(byte[] sent, string? encoding)
    {
        await using var raw = new MemoryStream(sent);
        await using Stream decoded = encoding switch
        {
            null => raw,
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            var other => throw new InvalidOperationException("Unexpected Content-Encoding " + other),
        };
        using var buffer = new MemoryStream();
        await decoded.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static string SourceFile(string url) =>
        Path.Combine(Dotnet.WebProjectDirectory, "wwwroot", url.Split('?')[0].TrimStart('/'));

    [GeneratedRegex("""url\("?([^")]+\.woff2)"?\)""")]
    private static partial Regex FontUrl();
}
