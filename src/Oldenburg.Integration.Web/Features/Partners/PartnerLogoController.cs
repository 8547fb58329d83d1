using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// Logos are uploaded by staff at run time, so they are not static assets: this reads them from the
/// database (every instance sees the same) and serves them only for published entries. Every upload gets a
/// new file name, so a version derived from it changes when the logo does: the versioned URL may be
/// cached for a year, and a replaced or removed logo cannot linger in a cache under the page's link.
/// </summary>
public sealed class PartnerLogoController(PartnerQueries partners, LogoStore logos) : Controller
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
    };

    public const string VersionKey = "v";

    public static string? UrlFor(string slug, string? logoFile) =>
        logoFile is null ? null : $"/partners/{Uri.EscapeDataString(slug)}/logo?{VersionKey}={Version(logoFile)}";

    public static string Version(string logoFile) => StoredImages.Version(logoFile);

    [HttpGet("partners/{slug}/logo")]
    public async Task<IActionResult> Logo(string slug, [FromQuery(Name = VersionKey)] string? version, CancellationToken cancellationToken)
    {
        // A stale "not found" must not outlive a later publication, nor an unpublished logo linger.
        Response.Headers.CacheControl = "no-store";
        var logo = await partners.PublishedLogoAsync(slug, cancellationToken);

        // Only a bare file name of a known image type; anything else (paths, SVG with script) is not served.
        if (logo is null || Path.GetFileName(logo.File) != logo.File || !ContentTypes.TryGetValue(Path.GetExtension(logo.File), out var contentType))
        {
            return NotFound();
        }

        var stored = await logos.FindAsync(logo.File, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        if (version != Version(logo.File))
        {
            // Old or missing versions are sent on to the current one; the redirect itself is not cached.
            Response.Headers.CacheControl = "no-cache";
            return Redirect(UrlFor(slug, logo.File)!);
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return File(stored.Content, contentType);
    }
}
