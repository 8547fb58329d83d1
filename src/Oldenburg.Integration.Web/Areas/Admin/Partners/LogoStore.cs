using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>Partner logos: the shared image rules, in their own storage area.</summary>
public sealed class LogoStore(AppDbContext db, TimeProvider clock) : StoredImages(db, clock, Area)
{
    public const string Area = "partner-logos";

    public static Task<(byte[]? Data, ImageInfo? Image, string? Error)> ReadAsync(IFormFile file, CancellationToken cancellationToken) =>
        ReadAsync(file, "Das Logo", cancellationToken);
}
