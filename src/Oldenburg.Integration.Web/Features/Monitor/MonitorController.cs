using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Monitor;

[Route("{culture:culture}/monitor")]
[OutputCache(PolicyName = PublicPages.Monitor)]
public sealed class MonitorController(MonitorQueries monitor) : Controller
{
    public const string YearKey = "year";

    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await monitor.OverviewAsync(CultureContext.Current, cancellationToken));

    [HttpGetOrHead("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await monitor.IndicatorAsync(CultureContext.Current, slug, includeUnpublished: false, cancellationToken) is { } view ? View(view) : NotFound();

    /// <summary>One year across all districts; an unknown or unpublished year shows the latest public one.</summary>
    [HttpGetOrHead("{slug}/districts")]
    public async Task<IActionResult> Districts(string slug, [FromQuery(Name = YearKey)] int? year, CancellationToken cancellationToken) =>
        await monitor.DistrictsAsync(CultureContext.Current, slug, year, cancellationToken) is { } view ? View(view) : NotFound();
}
