using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>/api/links.{json,csv} and /api/literature.{json,csv}: the published lists, texts in <c>culture</c>.</summary>
public sealed class LinksOpenDataController(LinkQueries links, TimeProvider clock) : OpenDataController
{
    [HttpGet("api/links.json")]
    public async Task LinksJson(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var rows = await links.AllLinksAsync(culture, cancellationToken);
        await WriteJsonAsync(
            OpenDataFeed.Envelope(rows.Select(r => LinkOpenData.Item(r.Category, r.Link)).ToAsyncEnumerable(), rows.Count, culture, $"{SiteUrl()}/{culture}/links", clock.GetUtcNow()),
            cancellationToken);
    }

    [HttpGet("api/links.csv")]
    public async Task LinksCsv(CancellationToken cancellationToken)
    {
        var rows = await links.AllLinksAsync(TextCulture(), cancellationToken);
        await WriteCsvAsync("links.csv", LinkOpenData.LinkColumns, rows.Select(r => LinkOpenData.Row(r.Category, r.Link)).ToAsyncEnumerable(), cancellationToken);
    }

    [HttpGet("api/literature.json")]
    public async Task LiteratureJson(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var rows = await links.AllLiteratureAsync(culture, cancellationToken);
        await WriteJsonAsync(
            OpenDataFeed.Envelope(rows.Select(r => LinkOpenData.Item(r.Category, r.Entry)).ToAsyncEnumerable(), rows.Count, culture, $"{SiteUrl()}/{culture}/links", clock.GetUtcNow()),
            cancellationToken);
    }

    [HttpGet("api/literature.csv")]
    public async Task LiteratureCsv(CancellationToken cancellationToken)
    {
        var rows = await links.AllLiteratureAsync(TextCulture(), cancellationToken);
        await WriteCsvAsync("literature.csv", LinkOpenData.LiteratureColumns, rows.Select(r => LinkOpenData.Row(r.Category, r.Entry)).ToAsyncEnumerable(), cancellationToken);
    }
}
