using System.Net;
using System.Text;
using System.Text.Json;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>Open data of a directory too large to hold comfortably in one response buffer.</summary>
public class OpenDataStreamingTests(LargeDirectorySite site) : IClassFixture<LargeDirectorySite>
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Json_LargeDirectory_ReturnsEveryPartnerInOrderWithoutContentLength()
    {
        using var response = await site.CreateClient().GetAsync(
            new Uri($"/api/partners.json?q={site.Token}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var length = response.Content.Headers.ContentLength;
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(length);
        Assert.Equal(LargeDirectorySite.Count, json.GetProperty("count").GetInt32());
        Assert.Equal(
            Enumerable.Range(0, LargeDirectorySite.Count).Select(LargeDirectorySite.Slug),
            json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task Csv_LargeDirectory_ReturnsEveryRowWithEveryColumnWithoutContentLength()
    {
        using var response = await site.CreateClient().GetAsync(
            new Uri($"/api/partners.csv?q={site.Token}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        var length = response.Content.Headers.ContentLength;
        var records = CsvFile.Read(await response.Content.ReadAsStringAsync(), ',');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(length);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(PartnerOpenData.Columns, records[0]);
        Assert.All(records, r => Assert.Equal(PartnerOpenData.Columns.Count, r.Length));
        Assert.Equal(Enumerable.Range(0, LargeDirectorySite.Count).Select(LargeDirectorySite.Slug), records.Skip(1).Select(r => r[0]));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Export_DatabaseReadHeldBack_FirstRowsArriveBeforeTheRestIsRead(string format)
    {
        var firstRows = LargeDirectorySite.Slug(100);
        var lastRow = LargeDirectorySite.Slug(LargeDirectorySite.Count - 1);
        site.Gate.Shut();
        try
        {
            // A buffered answer would need every row before its first byte, and the gate holds row 301 back.
            using var response = await site.CreateClient()
                .GetAsync(new Uri($"/api/partners.{format}?q={site.Token}", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead)
                .WaitAsync(s_patience);
            await using var body = await response.Content.ReadAsStreamAsync();
            var received = new MemoryStream();
            var buffer = new byte[4096];
            while (!Encoding.UTF8.GetString(received.ToArray()).Contains(firstRows, StringComparison.Ordinal))
            {
                var read = await body.ReadAsync(buffer).AsTask().WaitAsync(s_patience);
                Assert.NotEqual(0, read);
                received.Write(buffer, 0, read);
            }

            Assert.DoesNotContain(lastRow, Encoding.UTF8.GetString(received.ToArray()), StringComparison.Ordinal);
            site.Gate.Open();
            await body.CopyToAsync(received);
            Assert.Contains(lastRow, Encoding.UTF8.GetString(received.ToArray()), StringComparison.Ordinal);
        }
        finally
        {
            site.Gate.Open();
        }
    }

    [Fact]
    public async Task Export_MoreRequestsThanPerMinuteLimit_Returns429Page()
    {
        using var limited = SiteFactory.Create(new Dictionary<string, string?> { ["OpenData:PerMinute"] = "2" });
        var client = limited.CreateClient();

        var first = await client.GetAsync(new Uri("/api/partners.csv", UriKind.Relative));
        var second = await client.GetAsync(new Uri("/api/partners.json", UriKind.Relative));
        var third = await client.GetAsync(new Uri("/api/partners.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var page = await Html.ParseAsync(third);
        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("429", page.Body!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/de/partners", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("en", "ltr")]
    public async Task Export_PastLimitWithTextLanguage_Returns429PageInThatLanguage(string culture, string direction)
    {
        using var limited = SiteFactory.Create(new Dictionary<string, string?> { ["OpenData:PerMinute"] = "1" });
        var client = limited.CreateClient();
        var url = new Uri($"/api/partners.json?culture={culture}", UriKind.Relative);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var refused = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = await Html.ParseAsync(refused);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(direction, page.DocumentElement.GetAttribute("dir"));
    }
}
