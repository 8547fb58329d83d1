using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Dashboard;

public sealed class DashboardController(AppDbContext db) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var offers = await db.Offers.AsNoTracking()
            .Select(o => new { o.State, Cultures = o.Translations.Select(t => t.Culture).ToList() })
            .ToListAsync(cancellationToken);
        var missing = SupportedCultures.Names
            .Where(c => c != ContentTranslation.SourceCulture)
            .ToDictionary(c => c, c => offers.Count(o => !o.Cultures.Contains(c)));
        return View(new DashboardViewModel(
            offers.Count(o => o.State == PublishState.Published),
            offers.Count(o => o.State == PublishState.Draft),
            missing));
    }
}

public sealed record DashboardViewModel(int Published, int Drafts, IReadOnlyDictionary<string, int> MissingTranslations);
