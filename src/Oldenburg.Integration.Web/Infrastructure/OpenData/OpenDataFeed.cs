using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.OpenData;

/// <summary>The licence and the JSON envelope every open-data list shares, so each list only says what its items hold.</summary>
public static class OpenDataFeed
{
    public const string Licence = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)";
    public const string LicenceUrl = "https://www.govdata.de/dl-de/by-2-0";
    public const string Source = "Stadt Oldenburg, Stabsstelle Integration";

    /// <summary>
    /// The envelope around <paramref name="items"/>, left as an async stream so the serializer writes
    /// each item as it is read; <paramref name="pageUrl"/> is the absolute public page the data comes from.
    /// </summary>
    public static Dictionary<string, object?> Envelope<T>(IAsyncEnumerable<T> items, int count, string culture, string pageUrl, DateTimeOffset generated) => new()
    {
        ["licence"] = Licence,
        ["licence_url"] = LicenceUrl,
        ["source"] = $"{Source} – {pageUrl}",
        ["generated"] = generated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ["language"] = culture,
        ["count"] = count,
        ["items"] = items,
    };

    public static string? Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
