using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure.Files;

/// <summary>
/// Images uploaded by staff (partner logos, news pictures), stored in the database so that every
/// instance serves them (uploads are not static assets). Every kind of image is checked by the same
/// rules; names are random, so nothing from the upload (name, claimed type) is ever kept as a name.
/// </summary>
public abstract partial class StoredImages(AppDbContext db, TimeProvider clock, string area)
{
    public const long MaxBytes = 1024 * 1024;
    public const int MaxPixels = 2000;

    /// <summary>
    /// Reads and checks an upload; returns the bytes and image facts, or a German message for the form.
    /// <paramref name="noun"/> names the image in the messages, e.g. "Das Logo".
    /// </summary>
    public static async Task<(byte[]? Data, ImageInfo? Image, string? Error)> ReadAsync(IFormFile file, string noun, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (null, null, "Die hochgeladene Datei ist leer.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, null, $"{noun} darf höchstens 1 MB groß sein.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var data = buffer.ToArray();
        var image = ImageHeader.Read(data);
        if (image is null)
        {
            return (null, null, "Die Datei ist kein PNG-, JPEG- oder WebP-Bild. Bitte laden Sie ein Bild in einem dieser Formate hoch.");
        }

        if (image.Width > MaxPixels || image.Height > MaxPixels)
        {
            return (null, null, $"{noun} ist {image.Width} × {image.Height} Pixel groß; erlaubt sind höchstens {MaxPixels} × {MaxPixels} Pixel.");
        }

        return (data, image, null);
    }

    /// <summary>Stages a new image; it is saved with the entry, in the same transaction.</summary>
    public string Add(byte[] data, ImageInfo image)
    {
        var fileName = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{image.Extension}";
        db.StoredFiles.Add(new StoredFile { Area = area, Name = fileName, ContentType = image.ContentType, Content = data, CreatedAt = clock.GetUtcNow().UtcDateTime });
        return fileName;
    }

    /// <summary>A stored image, or null for a name this store did not make.</summary>
    public Task<StoredFile?> FindAsync(string? fileName, CancellationToken cancellationToken) =>
        IsStoredName(fileName)
            ? db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Area == area && f.Name == fileName, cancellationToken)
            : Task.FromResult<StoredFile?>(null);

    /// <summary>Stages the removal of an image; it happens with the entry's next save.</summary>
    public async Task RemoveAsync(string? fileName, CancellationToken cancellationToken)
    {
        if (IsStoredName(fileName))
        {
            db.StoredFiles.RemoveRange(await db.StoredFiles.Where(f => f.Area == area && f.Name == fileName).ToListAsync(cancellationToken));
        }
    }

    /// <summary>For the removal of an entry, which runs synchronously before its save.</summary>
    public void Remove(string? fileName)
    {
        if (IsStoredName(fileName))
        {
            db.StoredFiles.RemoveRange([.. db.StoredFiles.Where(f => f.Area == area && f.Name == fileName)]);
        }
    }

    /// <summary>A short version for URLs: every upload gets a new name, so the version changes with the image.</summary>
    public static string Version(string fileName) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileName)))[..12];

    public static bool IsStoredName(string? fileName) => fileName is not null && StoredName().IsMatch(fileName);

    [GeneratedRegex("^[0-9a-f]{32}\\.(png|jpg|webp)$")]
    private static partial Regex StoredName();
}
