using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.News;

[Route("{culture:culture}/news")]
[OutputCache(PolicyName = PublicPages.News)]
public sealed class NewsController(NewsQueries news, NewsFeed feed) : Controller
{
    public const string PageKey = "page";

    [HttpGetOrHead("")]
    public async Task<IActionResult> Index([FromQuery(Name = PageKey)] string? page, CancellationToken cancellationToken) =>
        View(await news.ListAsync(CultureContext.Current, int.TryParse(page, out var number) ? number : 1, cancellationToken));

    /// <summary>One Atom feed per UI language, under that language's path like every public page.</summary>
    [HttpGetOrHead("feed.atom")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        File(await feed.AtomAsync(CultureContext.Current, cancellationToken), NewsFeed.ContentType);

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        var item = await news.BySlugAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken);
        return item is null ? NotFound() : View(item);
    }
}
