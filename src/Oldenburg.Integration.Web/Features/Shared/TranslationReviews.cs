using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>
/// Whether a shown translation still lacks a native speaker's review (ADR 0037). Only a status row
/// with <see cref="TranslationStatus.ReviewedAt"/> counts as reviewed; seeded texts have none.
/// Public pages are output-cached under their content type's tag, which every save evicts, so this
/// is read once per cached page.
/// </summary>
public sealed class TranslationReviews(AppDbContext db)
{
    public async Task<bool> AnyUnreviewedAsync(string contentType, IReadOnlyCollection<int> ids, string culture, CancellationToken cancellationToken)
    {
        if (culture == ContentTranslation.SourceCulture || ids.Count == 0)
        {
            return false;
        }

        var reviewed = await db.TranslationStatuses
            .AsNoTracking()
            .Where(s => s.ContentType == contentType && s.Culture == culture && ids.Contains(s.ContentId) && s.ReviewedAt != null)
            .Select(s => s.ContentId)
            .Distinct()
            .CountAsync(cancellationToken);
        return reviewed < ids.Distinct().Count();
    }
}
