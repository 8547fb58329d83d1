using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>
/// Partner logos in the data folder (uploads are not static assets). File names are random, so
/// nothing from the upload (name, claimed type) ever reaches the file system.
/// </summary>
public sealed partial class LogoStore(DataFolders folders)
{
    public const long MaxBytes = 1024 * 1024;
    public const int MaxPixels = 2000;

    public string Folder => folders.PartnerLogos;

    /// <summary>Reads and checks an upload; returns the bytes and image facts, or a German message for the form.</summary>
    public static async Task<(byte[]? Data, ImageInfo? Image, string? Error)> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        if (file.Length == 0)
        {
            return (null, null, "Die hochgeladene Datei ist leer.");
        }

        if (file.Length > MaxBytes)
        {
            return (null, null, "Das Logo darf höchstens 1 MB groß sein.");
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
            return (null, null, $"Das Logo ist {image.Width} × {image.Height} Pixel groß; erlaubt sind höchstens {MaxPixels} × {MaxPixels} Pixel.");
        }

        return (data, image, null);
    }

    public async Task<string> SaveAsync(byte[] data, ImageInfo image, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var fileName = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{image.Extension}";
        await File.WriteAllBytesAsync(Path.Combine(Folder, fileName), data, cancellationToken);
        return fileName;
    }

    /// <summary>The full path of a stored logo, or null for a name this store did not make (never a path from elsewhere).</summary>
    public string? PathOf(string? fileName) =>
        fileName is not null && StoredName().IsMatch(fileName) ? Path.Combine(Folder, fileName) : null;

    public void Delete(string? fileName)
    {
        if (PathOf(fileName) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(png|jpg|webp)$")]
    private static partial Regex StoredName();
}
