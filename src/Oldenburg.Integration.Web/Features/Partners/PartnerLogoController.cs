using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// Logos are uploaded by staff at run time, so they are not static assets: this reads them from
/// {DataDirectory}/uploads/partners/ and serves them only for published entries.
/// </summary>
public sealed class PartnerLogoController(PartnerQueries partners, DataFolders folders) : Controller
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".gif"] = "image/gif",
    };

    [HttpGet("partners/{slug}/logo")]
    public async Task<IActionResult> Logo(string slug, CancellationToken cancellationToken)
    {
        var logo = await partners.PublishedLogoAsync(slug, cancellationToken);

        // Only a bare file name of a known image type; anything else (paths, SVG with script) is not served.
        if (logo is null || Path.GetFileName(logo.File) != logo.File || !ContentTypes.TryGetValue(Path.GetExtension(logo.File), out var contentType))
        {
            return NotFound();
        }

        var path = Path.Combine(folders.PartnerLogos, logo.File);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=3600";
        return PhysicalFile(path, contentType);
    }
}
