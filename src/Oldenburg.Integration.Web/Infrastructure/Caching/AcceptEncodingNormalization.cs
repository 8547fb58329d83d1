using Microsoft.Net.Http.Headers;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Browsers send many spellings of Accept-Encoding ("gzip, deflate, br, zstd", "br;q=1.0, gzip;q=0.8" …).
/// The output cache varies by the header, so it is reduced to what the site can send (br, gzip or
/// nothing) before the cache key is made: three entries per page, not one per spelling. Response
/// compression reads the same reduced header, so the key and the stored encoding always agree.
/// </summary>
public static class AcceptEncodingNormalization
{
    public static IApplicationBuilder UseAcceptEncodingNormalization(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Request.Headers;
            var best = Normalize(headers.AcceptEncoding.ToString());
            if (best is null)
            {
                headers.Remove(HeaderNames.AcceptEncoding);
            }
            else
            {
                headers.AcceptEncoding = best;
            }

            return next(context);
        });

    public static string? Normalize(string? acceptEncoding)
    {
        if (string.IsNullOrEmpty(acceptEncoding) || !StringWithQualityHeaderValue.TryParseList([acceptEncoding], out var values))
        {
            return null;
        }

        double QualityOf(string coding)
        {
            var entry = values.FirstOrDefault(v => v.Value.Equals(coding, StringComparison.OrdinalIgnoreCase))
                ?? values.FirstOrDefault(v => v.Value.Equals("*", StringComparison.Ordinal));
            return entry is null ? 0 : entry.Quality ?? 1;
        }

        var (br, gzip) = (QualityOf("br"), QualityOf("gzip"));
        return br <= 0 && gzip <= 0 ? null : br >= gzip ? "br" : "gzip";
    }
}
