using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.News;

/// <summary>
/// "News about this" on a task's or partner's page. Those pages' cache policies carry the "news"
/// tag for it, so a news save reaches them.
/// </summary>
public sealed class NewsLinksViewComponent(NewsQueries news) : ViewComponent
{
    public const int MaxItems = 5;

    public async Task<IViewComponentResult> InvokeAsync(NewsLinkSource source, string slug) =>
        await news.LinkedToAsync(source, slug, CultureContext.Current, MaxItems, HttpContext.RequestAborted) is { Count: > 0 } items
            ? View(items)
            : Content("");
}
