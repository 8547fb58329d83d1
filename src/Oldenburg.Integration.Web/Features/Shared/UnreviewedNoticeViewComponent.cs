using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>Items of one content type shown on a page in the reader's language.</summary>
public sealed record ShownContent(string Type, IEnumerable<int> Ids);

/// <summary>
/// The "not yet checked by a native speaker" note above translated content (ADR 0037). Callers pass
/// the ids of the items shown in the reader's language, leaving out German fallbacks, which carry
/// the fallback notice instead. A page showing several content types passes the others in
/// <c>more</c>, so that it carries one note, not one per type. Renders nothing on German pages or
/// when every text is reviewed.
/// </summary>
public sealed class UnreviewedNoticeViewComponent(TranslationReviews reviews) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string type, IEnumerable<int> ids, IEnumerable<ShownContent>? more = null)
    {
        var culture = CultureContext.Current;
        foreach (var shown in (more ?? []).Prepend(new ShownContent(type, ids)))
        {
            if (await reviews.AnyUnreviewedAsync(shown.Type, [.. shown.Ids], culture, HttpContext.RequestAborted))
            {
                return View("Default", CultureLinks.PathFor(HttpContext.Request, Domain.ContentTranslation.SourceCulture));
            }
        }

        return Content("");
    }
}
