using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure.Files;

/// <summary>
/// Sites from before the shared store kept data-protection keys and partner logos as files in the
/// data folder. They are copied into the database once, so nobody is signed out by the upgrade and
/// no logo disappears. The files stay where they were; after the upgrade they can be deleted.
/// </summary>
public sealed partial class FolderImport(AppDbContext db, DataFolders folders, TimeProvider clock, ILogger<FolderImport> logger)
{
    public const string RunKey = "data-folder-to-database";

    public async Task ImportOnceAsync(CancellationToken cancellationToken = default)
    {
        // A site that never kept such files (every new one) does not even ask the database.
        if (!Files(folders.Keys, "*.xml").Any() && !Files(folders.PartnerLogos, "*").Any())
        {
            return;
        }

        if (await db.SeedRuns.AnyAsync(r => r.Key == RunKey, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var keys = await ImportKeysAsync(cancellationToken);
        var logos = await ImportLogosAsync(now, cancellationToken);
        db.SeedRuns.Add(new SeedRun { Key = RunKey, RanAt = now });
        await db.SaveChangesAsync(cancellationToken);
        if (keys + logos > 0)
        {
            LogImported(logger, keys, logos, folders.Root);
        }
    }

    private async Task<int> ImportKeysAsync(CancellationToken cancellationToken)
    {
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        // The file system store names each file after the key's friendly name, as the database store does.
        var files = Files(folders.Keys, "*.xml").Where(f => !known.Contains(Path.GetFileNameWithoutExtension(f))).ToList();
        foreach (var file in files)
        {
            db.DataProtectionKeys.Add(new DataProtectionKey
            {
                FriendlyName = Path.GetFileNameWithoutExtension(file),
                Xml = await File.ReadAllTextAsync(file, cancellationToken),
            });
        }

        return files.Count;
    }

    private async Task<int> ImportLogosAsync(DateTime now, CancellationToken cancellationToken)
    {
        var known = (await db.StoredFiles.Where(f => f.Area == LogoStore.Area).Select(f => f.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var files = Files(folders.PartnerLogos, "*").Where(f => LogoStore.IsStoredName(Path.GetFileName(f)) && !known.Contains(Path.GetFileName(f))).ToList();
        foreach (var file in files)
        {
            var data = await File.ReadAllBytesAsync(file, cancellationToken);
            db.StoredFiles.Add(new StoredFile
            {
                Area = LogoStore.Area,
                Name = Path.GetFileName(file),
                ContentType = ImageHeader.Read(data)?.ContentType ?? "application/octet-stream",
                Content = data,
                CreatedAt = now,
            });
        }

        return files.Count;
    }

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, pattern) : [];

    [LoggerMessage(Level = LogLevel.Information, Message = "Copied {Keys} data-protection keys and {Logos} partner logos from {Folder} into the database; the files are no longer read.")]
    private static partial void LogImported(ILogger logger, int keys, int logos, string folder);
}
