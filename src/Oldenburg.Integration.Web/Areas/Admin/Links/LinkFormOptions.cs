using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Links;

public sealed record LinkFormOptions(IReadOnlyList<LookupOption> Categories, IReadOnlyList<LookupOption> Topics);

/// <summary>The choices of the link and literature forms, and the check that a posted choice still exists.</summary>
public sealed class LinkFormChoices(AppDbContext db)
{
    public async Task<LinkFormOptions> LoadAsync(CancellationToken cancellationToken) => new(
        await db.LinkCategories.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Key)
            .Select(l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key))
            .ToListAsync(cancellationToken),
        await db.Topics.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Key)
            .Select(l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key))
            .ToListAsync(cancellationToken));

    public async Task ValidateAsync(int? categoryId, int? topicId, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        if (categoryId is { } category && !await db.LinkCategories.AnyAsync(c => c.Id == category, cancellationToken))
        {
            modelState.AddModelError("CategoryId", "Diese Kategorie gibt es nicht mehr. Bitte wählen Sie eine andere.");
        }

        if (topicId is { } topic && !await db.Topics.AnyAsync(t => t.Id == topic, cancellationToken))
        {
            modelState.AddModelError("TopicId", "Dieses Thema gibt es nicht mehr. Bitte wählen Sie ein anderes.");
        }
    }
}
