using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Tests.Functional.Caching;

/// <summary>
/// The site with a probe controller under the public pages' cache policy, so the policy's refusals
/// (cookies, antiforgery tokens) are tested on responses that would otherwise be cached.
/// </summary>
public sealed class CachingSite : SiteFactory
{
    public const string Name = "Caching site";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddControllersWithViews().AddApplicationPart(typeof(CacheProbeController).Assembly));
    }

    /// <summary>Changes the database behind the site's back: nothing is evicted, as no admin write happened.</summary>
    public async Task BehindTheBackAsync(Func<AppDbContext, Task> change)
    {
        using var scope = Services.CreateScope();
        await change(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Drops the in-memory directory index (not the output cache), as a restart would, so the next directory miss reads the database.</summary>
    public void DropDirectoryIndex() => Services.GetRequiredService<TaggedMemoryCache>().Evict([PartnerDirectoryIndexCache.PartnersTag]);

    public Task RenamePartnerBehindTheBackAsync(int id, string name) =>
        BehindTheBackAsync(db => db.Partners.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, name)));

    public Task RetitleOfferBehindTheBackAsync(int id, string culture, string title) =>
        BehindTheBackAsync(db => db.OfferTranslations.Where(t => t.OfferId == id && t.Culture == culture).ExecuteUpdateAsync(s => s.SetProperty(t => t.Title, title)));
}

[CollectionDefinition(CachingSite.Name)]
public sealed class CachingSiteFixture : ICollectionFixture<CachingSite>;

/// <summary>Each response carries a number that grows with every response built, so a repeated number was served from the cache.</summary>
[Route("{culture:culture}/cache-probe")]
[OutputCache(PolicyName = PublicPages.Pages)]
public sealed class CacheProbeController(IAntiforgery antiforgery) : Controller
{
    private static int s_built;

    public static string Next() => Interlocked.Increment(ref s_built).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [HttpGet("plain")]
    public IActionResult Plain() => Content("built " + Next(), "text/html");

    [HttpGet("cookie")]
    public IActionResult Cookie()
    {
        Response.Cookies.Append("probe", "1");
        return Content("built " + Next(), "text/html");
    }

    [HttpGet("token")]
    public IActionResult Token()
    {
        var tokens = antiforgery.GetAndStoreTokens(HttpContext);
        return Content($"built {Next()} <input name=\"{tokens.FormFieldName}\" value=\"{tokens.RequestToken}\">", "text/html");
    }
}
