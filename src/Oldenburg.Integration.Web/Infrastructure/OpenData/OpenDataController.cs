using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Net.Http.Headers;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.OpenData;

/// <summary>
/// What every /api/*.json and /api/*.csv download shares: the text language from <c>culture</c>
/// (de, en, ar; default de), the rate limit per address, and JSON and CSV written to the response as
/// rows are read, never held whole in memory.
/// </summary>
[EnableRateLimiting(RateLimitPolicy)]
public abstract class OpenDataController : Controller
{
    public const string CultureKey = PathCultureProvider.QueryKey;
    public const string RateLimitPolicy = "open-data";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    protected string TextCulture()
    {
        var requested = Request.Query[CultureKey].FirstOrDefault();
        return SupportedCultures.IsSupported(requested) ? requested! : SupportedCultures.Default;
    }

    protected string SiteUrl() => HttpContext.RequestServices.GetRequiredService<SiteAddress>().Root;

    protected async Task WriteJsonAsync(object body, CancellationToken cancellationToken)
    {
        Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(Response.Body, body, JsonOptions, cancellationToken);
    }

    protected async Task WriteCsvAsync(string fileName, IReadOnlyList<string> columns, IAsyncEnumerable<IEnumerable<string?>> rows, CancellationToken cancellationToken)
    {
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
        await using var csv = new SpreadsheetCsvWriter(Response.Body);
        await csv.RowAsync(columns, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            await csv.RowAsync(row, cancellationToken);
        }
    }
}
