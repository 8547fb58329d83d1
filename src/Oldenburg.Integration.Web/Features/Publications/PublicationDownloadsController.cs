using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>
/// Two addresses per language version. The reader-facing one (<c>/{culture}/publications/{slug}/{lang}</c>)
/// stays the same for good and sends the reader on to the current file; the file's own address is
/// versioned by its random stored name, so it can be cached for a year and a replaced file never
/// lingers in a cache. Files are served only while their publication is published.
/// </summary>
public sealed class PublicationDownloadsController(PublicationQueries publications, PublicationFiles files) : Controller
{
    public static string FileUrl(string fileName) => $"/files/publications/{Uri.EscapeDataString(fileName)}";

    public static string DownloadUrl(string culture, string slug, string language) =>
        $"/{culture}/publications/{Uri.EscapeDataString(slug)}/{Uri.EscapeDataString(language)}";

    [HttpGetOrHead("{culture:culture}/publications/{slug}/{lang}")]
    public async Task<IActionResult> Current(string slug, string lang, CancellationToken cancellationToken)
    {
        var file = await publications.CurrentFileAsync(slug, lang, cancellationToken);

        // Neither the redirect nor a "not found" may outlive a replaced file or a later publication.
        Response.Headers.CacheControl = "no-cache";
        return file is null ? NotFound() : Redirect(FileUrl(file));
    }

    [HttpGetOrHead("files/publications/{file}")]
    public async Task<IActionResult> File(string file, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (!PublicationFiles.IsStoredName(file)
            || await publications.PublishedVersionByFileAsync(file, cancellationToken) is not { } version
            || await files.FindAsync(file, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        var tag = new EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(file)}\"");
        return File(stored.Content, version.ContentType, version.DownloadName, new DateTimeOffset(DateTime.SpecifyKind(version.FileUpdatedAt, DateTimeKind.Utc)), tag, enableRangeProcessing: true);
    }
}
