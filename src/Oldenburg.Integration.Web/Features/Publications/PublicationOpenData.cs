using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>
/// /api/publications.json (one item per publication, its versions inside) and /api/publications.csv
/// (one row per language version, which is what a spreadsheet filters well). Both take the list's
/// filters; <c>culture</c> picks the language of topic and task names and of the main title.
/// </summary>
public sealed class PublicationOpenDataController(PublicationQueries publications, TimeProvider clock) : OpenDataController
{
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "slug", "year", "series", "audience", "topic", "task", "language", "title", "summary", "content_type", "size_bytes", "pages", "file_updated", "download_url", "url",
    ];

    [HttpGet("api/publications.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var (culture, site, items) = await ReadAsync(cancellationToken);
        var body = OpenDataFeed.Envelope(items.Select(p => Item(p, culture, site)).ToAsyncEnumerable(), items.Count, culture, $"{site}/{culture}/publications", clock.GetUtcNow());
        await WriteJsonAsync(body, cancellationToken);
    }

    [HttpGet("api/publications.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var (culture, site, items) = await ReadAsync(cancellationToken);
        var rows = items.SelectMany(p => p.Versions.Select(v => (IEnumerable<string?>)
        [
            p.Slug, p.Year.ToString(CultureInfo.InvariantCulture), p.Series, p.Audience, p.Topic?.Key, p.Task?.Key, v.Culture, v.Title, v.Summary,
            v.ContentType, v.FileSize.ToString(CultureInfo.InvariantCulture), v.PageCount?.ToString(CultureInfo.InvariantCulture),
            OpenDataFeed.Date(v.FileUpdatedAt), site + PublicationDownloadsController.DownloadUrl(culture, p.Slug, v.Culture), $"{site}/{culture}/publications/{p.Slug}",
        ]));
        await WriteCsvAsync("publications.csv", CsvColumns, rows.ToAsyncEnumerable(), cancellationToken);
    }

    private async Task<(string Culture, string Site, IReadOnlyList<PublicationView> Items)> ReadAsync(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        var list = await publications.ListAsync(culture, PublicationFilter.FromQuery(Request.Query), cancellationToken);
        return (culture, SiteUrl(), list.Items);
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
            ["file_updated"] = OpenDataFeed.Date(v.FileUpdatedAt),
            ["download_url"] = site + PublicationDownloadsController.DownloadUrl(culture, p.Slug, v.Culture),
        }).ToList(),
        ["url"] = $"{site}/{culture}/publications/{p.Slug}",
    };

    private static Dictionary<string, string>? Option(PublicationOption? option) =>
        option is null ? null : new() { ["key"] = option.Key, ["name"] = option.Name };
}
