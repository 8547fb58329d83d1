using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.OpenData;

namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>
/// /api/fields-of-action.json and /api/fields-of-action.csv: the concept's published fields of
/// action with their measures and the published offers and partners that carry them out, texts in
/// <c>culture</c> with the German fallback. The goal is the editors' Markdown as written.
/// </summary>
public sealed class FieldsOfActionOpenDataController(ConceptQueries concept, TimeProvider clock) : OpenDataController
{
    public const string JsonPath = "/api/fields-of-action.json";
    public const string CsvPath = "/api/fields-of-action.csv";

    /// <summary>Lists in a cell are one entry per line, which a spreadsheet shows as lines of the cell.</summary>
    public static readonly IReadOnlyList<string> CsvColumns =
    [
        "slug", "title", "text_language", "goal", "measures", "offers", "offer_urls", "partners", "partner_urls", "url", "updated",
    ];

    [HttpGet("api/fields-of-action.json")]
    public async Task Json(CancellationToken cancellationToken)
    {
        var (culture, site, fields) = await ReadAsync(cancellationToken);
        var items = fields.Select(f => new Dictionary<string, object?>
        {
            ["slug"] = f.Slug,
            ["title"] = f.Title,
            ["text_language"] = f.TextCulture,
            ["goal"] = f.Goal,
            ["measures"] = f.Measures,
            ["offers"] = f.Offers.Select(o => Link(o, "title", o.TextCulture, OfferUrl(site, culture, o))).ToList(),
            ["partners"] = f.Partners.Select(p => Link(p, "name", null, PartnerUrl(site, culture, p))).ToList(),
            ["url"] = FieldUrl(site, culture, f),
            ["updated"] = OpenDataFeed.Date(f.UpdatedAt),
        });
        await WriteJsonAsync(OpenDataFeed.Envelope(items.ToAsyncEnumerable(), fields.Count, culture, $"{site}/{culture}/concept", clock.GetUtcNow()), cancellationToken);
    }

    [HttpGet("api/fields-of-action.csv")]
    public async Task Csv(CancellationToken cancellationToken)
    {
        var (culture, site, fields) = await ReadAsync(cancellationToken);
        var rows = fields.Select(f => (IEnumerable<string?>)
        [
            f.Slug, f.Title, f.TextCulture, f.Goal, Lines(f.Measures),
            Lines(f.Offers.Select(o => o.Target)), Lines(f.Offers.Select(o => OfferUrl(site, culture, o))),
            Lines(f.Partners.Select(p => p.Target)), Lines(f.Partners.Select(p => PartnerUrl(site, culture, p))),
            FieldUrl(site, culture, f), OpenDataFeed.Date(f.UpdatedAt),
        ]);
        await WriteCsvAsync("fields-of-action.csv", CsvColumns, rows.ToAsyncEnumerable(), cancellationToken);
    }

    private async Task<(string Culture, string Site, IReadOnlyList<FieldOfActionViewModel> Fields)> ReadAsync(CancellationToken cancellationToken)
    {
        var culture = TextCulture();
        return (culture, SiteUrl(), await concept.FieldsAsync(culture, previewId: null, cancellationToken));
    }

    private static Dictionary<string, object?> Link(ConceptLink link, string titleKey, string? textLanguage, string url)
    {
        var item = new Dictionary<string, object?> { ["slug"] = link.Target, [titleKey] = link.Title, ["url"] = url };
        if (textLanguage is not null)
        {
            item["text_language"] = textLanguage;
        }

        return item;
    }

    private static string OfferUrl(string site, string culture, ConceptLink offer) => $"{site}/{culture}/offers/{offer.Target}";

    private static string PartnerUrl(string site, string culture, ConceptLink partner) => $"{site}/{culture}/partners/{partner.Target}";

    private static string FieldUrl(string site, string culture, FieldOfActionViewModel field) => $"{site}/{culture}/concept#{field.Anchor}";

    private static string Lines(IEnumerable<string> values) => string.Join('\n', values);
}
