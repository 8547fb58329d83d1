using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure.Files;

/// <summary>
/// An uploaded file kept between a preview and its confirmation (the CSV imports): stored under a
/// random name in the database, so the confirmation may reach another instance, and handed back only
/// with the SHA-256 the preview showed, so exactly the previewed file is imported. Kept a day.
/// </summary>
public sealed partial class StagedUploads(AppDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan s_keep = TimeSpan.FromDays(1);

    public async Task<(string Id, string Hash)> StageAsync(string area, byte[] data, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.StoredFiles.Add(new StoredFile { Area = area, Name = id, ContentType = "text/csv", Content = data, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return (id, Convert.ToHexStringLower(SHA256.HashData(data)));
    }

    /// <summary>The staged file, tracked so the caller's save removes it; null when gone, expired or not the previewed file.</summary>
    public async Task<StoredFile?> FindAsync(string area, string? id, string? hash, CancellationToken cancellationToken)
    {
        await DeleteExpiredAsync(area, cancellationToken);
        var upload = id is not null && hash is not null && UploadId().IsMatch(id)
            ? await db.StoredFiles.SingleOrDefaultAsync(f => f.Area == area && f.Name == id, cancellationToken)
            : null;
        return upload is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(upload.Content))), Encoding.ASCII.GetBytes(hash!))
            ? upload
            : null;
    }

    public async Task DeleteExpiredAsync(string area, CancellationToken cancellationToken)
    {
        var expiry = clock.GetUtcNow().UtcDateTime - s_keep;
        await db.StoredFiles.Where(f => f.Area == area && f.CreatedAt < expiry).ExecuteDeleteAsync(cancellationToken);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex UploadId();
}
