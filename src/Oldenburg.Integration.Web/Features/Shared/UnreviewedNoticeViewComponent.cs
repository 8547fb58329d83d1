using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>
/// The "not yet checked by a native speaker" note above translated content (ADR 0037). Callers pass
/// the ids of the items shown in the reader's language, leaving out German fallbacks, which carry
/// the fallback notice instead. Renders nothing on German pages or when every text is reviewed.
/// </summary>
public sealed class UnreviewedNoticeViewComponent(TranslationReviews reviews) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string type, IEnumerable<int> ids)
    {
        var culture = CultureContext.Current;
        return await reviews.AnyUnreviewedAsync(type, [.. ids], culture, HttpContext.RequestAborted)
            ? View("Default", CultureLinks.PathFor(HttpContext.Request, Domain.ContentTranslation.SourceCulture))
            : Content("");
    }
}
