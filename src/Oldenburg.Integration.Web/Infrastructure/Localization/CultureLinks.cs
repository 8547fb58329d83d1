namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>Links to the same page in another language: the first path segment is the culture.</summary>
public static class CultureLinks
{
    public static string PathFor(HttpRequest request, string culture)
    {
        var path = request.Path.Value ?? "/";
        var current = PathCultureProvider.FirstSegment(path);
        var rest = SupportedCultures.IsSupported(current) ? path[(current!.Length + 1)..] : "";
        return "/" + culture + rest + request.QueryString.Value;
    }

    public static string AbsoluteFor(SiteAddress site, HttpRequest request, string culture) =>
        site.Absolute(PathFor(request, culture));

    /// <summary>The best supported culture for an Accept-Language header, else German.</summary>
    public static string BestMatch(IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> acceptLanguage)
    {
        foreach (var candidate in acceptLanguage.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = candidate.Value.Value;
            if (string.IsNullOrEmpty(tag) || candidate.Quality == 0)
            {
                continue;
            }

            var language = tag.Split('-')[0].ToLowerInvariant();
            if (SupportedCultures.IsSupported(language))
            {
                return language;
            }
        }

        return SupportedCultures.Default;
    }
}
