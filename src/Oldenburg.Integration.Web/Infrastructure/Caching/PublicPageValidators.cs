using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Gives a public page the validators that conditional GETs are answered from: an ETag that is a
/// hash of the bytes sent (compressed bytes, so each encoding has its own) and the time the page
/// was built as Last-Modified. It runs only when the output cache is filled, never on a hit, so
/// the hash is paid once per entry. Browsers are told to revalidate every time, so an edit is
/// seen at once while an unchanged page costs a 304 without a body.
/// </summary>
public static class PublicPageValidators
{
    public static IApplicationBuilder UsePublicPageValidators(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var original = context.Features.Get<IHttpResponseBodyFeature>()!;
            using var buffer = new MemoryStream();
            context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(buffer));
            try
            {
                await next(context);
            }
            finally
            {
                context.Features.Set(original);
            }

            var response = context.Response;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                var clock = context.RequestServices.GetRequiredService<TimeProvider>();
                response.Headers.ETag = ETagOf(buffer);
                response.Headers.LastModified = HeaderUtilities.FormatDate(clock.GetUtcNow());
                if (response.Headers.CacheControl.Count == 0)
                {
                    response.Headers.CacheControl = "no-cache";
                }
            }

            // An empty error response is left without a length, or the status code pages would not fill it.
            if (buffer.Length > 0)
            {
                response.ContentLength = buffer.Length;
                buffer.Position = 0;
                await buffer.CopyToAsync(response.Body, context.RequestAborted);
            }
        });

    private static string ETagOf(MemoryStream buffer)
    {
        var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        return "\"" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }
}
