using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.News;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Features.News;

/// <summary>
/// A news item's picture, served from the database for published items only, under a URL versioned
/// by the file name the way partner logos are (<see cref="Partners.PartnerLogoController"/>).
/// </summary>
public sealed class NewsImageController(NewsQueries news, NewsImageStore images) : Controller
{
    public const string VersionKey = "v";

    public static string UrlFor(string slug, string imageFile) =>
        $"/news/{Uri.EscapeDataString(slug)}/image?{VersionKey}={StoredImages.Version(imageFile)}";

    [HttpGet("news/{slug}/image")]
    public async Task<IActionResult> Image(string slug, [FromQuery(Name = VersionKey)] string? version, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var file = await news.PublishedImageAsync(slug, cancellationToken);
        if (await images.FindAsync(file, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (version != StoredImages.Version(stored.Name))
        {
            Response.Headers.CacheControl = "no-cache";
            return Redirect(UrlFor(slug, stored.Name));
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(stored.Content, stored.ContentType);
    }
}
