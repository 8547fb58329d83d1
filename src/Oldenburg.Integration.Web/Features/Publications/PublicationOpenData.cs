using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Features.Shared.OpenData;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>
/// /api/publications.json (one item per publication, its versions inside) and /api/publications.csv
/// (one row per language version, which is what a spreadsheet filters well). Both take the list's
/// filters; <c>culture</c> picks the language of topic and task names and of the main title.
/// </summary>
[EnableRateLimiting(OpenDataResponse.RateLimitPolicy)]
public sealed class PublicationOpenDataController(PublicationQueries publications, TimeProvider clock) : Controller
{
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "slug", "year", "series", "audience", "topic", "task", "language", "title", "summary", "content_type", "size_bytes", "pages", "file_updated", "download_url", "url",
    ];

    [HttpGet("api/publications.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var (culture, site, items) = await ReadAsync(cancellationToken);
        var body = OpenDataResponse.Envelope(items.Select(p => Item(p, culture, site)).ToList(), items.Count, culture, $"{site}/{culture}/publications", clock.GetUtcNow());
        await OpenDataResponse.WriteJsonAsync(Response, body, cancellationToken);
    }

    [HttpGet("api/publications.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var (culture, site, items) = await ReadAsync(cancellationToken);
        OpenDataResponse.StartCsv(Response, "publications.csv");
        await using var csv = new SpreadsheetCsvWriter(Response.Body);
        await csv.RowAsync(CsvColumns, cancellationToken);
        foreach (var p in items)
        {
            foreach (var v in p.Versions)
            {
                await csv.RowAsync(
                [
                    p.Slug, p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Series, p.Audience, p.Topic?.Key, p.Task?.Key, v.Culture, v.Title, v.Summary,
                    v.ContentType, v.FileSize.ToString(System.Globalization.CultureInfo.InvariantCulture), v.PageCount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    OpenDataResponse.Date(v.FileUpdatedAt), site + PublicationDownloadsController.DownloadUrl(culture, p.Slug, v.Culture), $"{site}/{culture}/publications/{p.Slug}",
                ], cancellationToken);
            }
        }
    }

    private async Task<(string Culture, string Site, IReadOnlyList<PublicationView> Items)> ReadAsync(CancellationToken cancellationToken)
    {
        var culture = OpenDataResponse.TextCulture(Request);
        var list = await publications.ListAsync(culture, PublicationFilter.FromQuery(Request.Query), cancellationToken);
        return (culture, OpenDataResponse.SiteUrl(HttpContext), list.Items);
    }

    private static Dictionary<string, object?> Item(PublicationView p, string culture, string site) => new()
    {
        ["slug"] = p.Slug,
        ["title"] = p.Title,
        ["title_language"] = p.TextCulture,
        ["year"] = p.Year,
        ["series"] = p.Series,
        ["audience"] = p.Audience,
        ["topic"] = Option(p.Topic),
        ["task"] = Option(p.Task),
        ["sample"] = p.IsSample,
        ["versions"] = p.Versions.Select(v => new Dictionary<string, object?>
        {
            ["language"] = v.Culture,
            ["language_name"] = v.LanguageName,
            ["title"] = v.Title,
            ["summary"] = v.Summary,
            ["content_type"] = v.ContentType,
            ["size_bytes"] = v.FileSize,
            ["pages"] = v.PageCount,
            ["file_updated"] = OpenDataResponse.Date(v.FileUpdatedAt),
            ["download_url"] = site + PublicationDownloadsController.DownloadUrl(culture, p.Slug, v.Culture),
        }).ToList(),
        ["url"] = $"{site}/{culture}/publications/{p.Slug}",
    };

    private static Dictionary<string, string>? Option(PublicationOption? option) =>
        option is null ? null : new() { ["key"] = option.Key, ["name"] = option.Name };
}
