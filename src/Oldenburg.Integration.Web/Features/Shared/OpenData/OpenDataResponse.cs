using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Net.Http.Headers;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Shared.OpenData;

/// <summary>
/// What every open-data list shares, whatever it lists: the licence and source, the envelope of the
/// JSON form, the text language (<c>?culture=</c>, default German), and how JSON and CSV are sent.
/// A list brings its own items and columns (PartnerOpenData, PublicationOpenData).
/// </summary>
public static class OpenDataResponse
{
    public const string Licence = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";
    public const string LicenceUrl = "https://www.govdata.de/dl-de/by-2-0";
    public const string Source = "Stadt Oldenburg, Stabsstelle Integration";

    /// <summary>Not <c>lang</c>, which the lists use as a filter.</summary>
    public const string CultureKey = PathCultureProvider.QueryKey;

    /// <summary>A whole-list download costs the database far more than a page view; every open-data endpoint shares one limit.</summary>
    public const string RateLimitPolicy = "open-data";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string TextCulture(HttpRequest request)
    {
        var requested = request.Query[CultureKey].FirstOrDefault();
        return SupportedCultures.IsSupported(requested) ? requested! : SupportedCultures.Default;
    }

    /// <summary>The items may be an async stream, so the serializer writes each one as it is read.</summary>
    public static Dictionary<string, object?> Envelope(object items, int count, string culture, string sourceUrl, DateTimeOffset generated) => new()
    {
        ["licence"] = Licence,
        ["licence_url"] = LicenceUrl,
        ["source"] = $"{Source} – {sourceUrl}",
        ["generated"] = generated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["language"] = culture,
        ["count"] = count,
        ["items"] = items,
    };

    public static async Task WriteJsonAsync(HttpResponse response, object body, CancellationToken cancellationToken)
    {
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, body, JsonOptions, cancellationToken);
    }

    /// <summary>Sets the headers of a CSV download; the caller then writes rows with <see cref="SpreadsheetCsvWriter"/>.</summary>
    public static void StartCsv(HttpResponse response, string fileName)
    {
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName }.ToString();
    }

    public static string SiteUrl(HttpContext context) => context.RequestServices.GetRequiredService<SiteAddress>().Root;

    public static string? Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
