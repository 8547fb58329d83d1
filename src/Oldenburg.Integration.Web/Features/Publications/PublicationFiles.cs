using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>Publications:MaxUploadBytes and Publications:AllowedFormats (file extensions; PDF only unless configured).</summary>
public sealed class PublicationFileOptions
{
    public const string Section = "Publications";

    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    public IList<string> AllowedFormats { get; set; } = ["pdf"];
}

/// <summary>
/// The files of language versions, kept in the database like partner logos so that every instance
/// serves them. A stored name is random per upload: it is never taken from the upload, and it
/// versions the download URL, so a replaced file gets a new URL.
/// </summary>
public sealed partial class PublicationFiles(AppDbContext db, TimeProvider clock)
{
    public const string Area = "publications";

    /// <summary>Stages a new file; it is saved with the publication, in the same transaction.</summary>
    public string Add(byte[] data, string extension, string contentType)
    {
        var name = $"{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}.{extension}";
        db.StoredFiles.Add(new StoredFile { Area = Area, Name = name, ContentType = contentType, Content = data, CreatedAt = clock.GetUtcNow().UtcDateTime });
        return name;
    }

    public Task<StoredFile?> FindAsync(string name, CancellationToken cancellationToken) =>
        IsStoredName(name)
            ? db.StoredFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Area == Area && f.Name == name, cancellationToken)
            : Task.FromResult<StoredFile?>(null);

    /// <summary>Stages the removal of files no version uses any more; it happens with the next save.</summary>
    public void Remove(IEnumerable<string> names)
    {
        var stored = names.Where(IsStoredName).ToList();
        if (stored.Count > 0)
        {
            db.StoredFiles.RemoveRange([.. db.StoredFiles.Where(f => f.Area == Area && stored.Contains(f.Name))]);
        }
    }

    public static bool IsStoredName(string? name) => name is not null && StoredName().IsMatch(name);

    [GeneratedRegex("^[0-9a-f]{32}\\.[a-z]{3,4}$")]
    private static partial Regex StoredName();
}
