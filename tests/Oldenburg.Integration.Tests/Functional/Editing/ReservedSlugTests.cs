using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Editing;

[Collection(WritableSite.Name)]
public class ReservedSlugTests(SiteFactory site)
{
    /// <summary>Every fixed segment that a public route puts beside a {slug} must be in the reserved list, or an entry could hide a page.</summary>
    [Fact]
    public void Routes_FixedSegmentsBesideSlug_AreAllReserved()
    {
        var patterns = site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>().Select(e => e.RoutePattern).ToList();
        var slugParents = patterns
            .Where(p => p.PathSegments.Count > 0 && p.PathSegments[^1].Parts is [RoutePatternParameterPart { Name: "slug" }])
            .Select(p => Prefix(p, p.PathSegments.Count - 1)).ToHashSet();

        var siblings = patterns
            .Where(p => p.PathSegments.Count > 0 && slugParents.Contains(Prefix(p, p.PathSegments.Count - 1))
                && p.PathSegments[^1].Parts is [RoutePatternLiteralPart])
            .Select(p => ((RoutePatternLiteralPart)p.PathSegments[^1].Parts[0]).Content)
            .Concat(patterns
                .Where(p => p.PathSegments.Count > 1 && slugParents.Contains(Prefix(p, p.PathSegments.Count - 2))
                    && p.PathSegments[^2].Parts is [RoutePatternLiteralPart])
                .Select(p => ((RoutePatternLiteralPart)p.PathSegments[^2].Parts[0]).Content))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.NotEmpty(slugParents);
        Assert.Contains(Slugs.Print, siblings);
        Assert.All(siblings, s => Assert.True(Slugs.IsReserved(s), $"The route segment „{s}“ stands beside a slug but is not reserved."));
    }

    public static TheoryData<string, string, string> CreateForms() => new()
    {
        { "/admin/partners/create", "Name", Slugs.Print },
        { "/admin/offers/create", "Slug", Slugs.Suggest },
        { "/admin/pages/create", "Slug", Slugs.OpenData },
    };

    [Theory]
    [MemberData(nameof(CreateForms))]
    public async Task Create_ReservedSlug_ShowsMessageAtSlugAndSavesNothing(string path, string formField, string slug)
    {
        var browser = await site.EditorAsync();
        var form = (await browser.GetPageAsync(path)).Document.FormWithField(formField);

        var response = await form.PostAsync(browser, new Dictionary<string, string> { ["Slug"] = slug });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains($"„{slug}“ ist für eine Seite der Website reserviert", page.QuerySelector("#Slug-error")?.TextContent, StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(async db =>
            await db.Partners.AnyAsync(p => p.Slug == slug) || await db.Offers.AnyAsync(o => o.Slug == slug) || await db.Pages.AnyAsync(p => p.Slug == slug)));
    }

    private static string Prefix(RoutePattern pattern, int count) =>
        string.Join('/', pattern.PathSegments.Take(count).Select(s => string.Concat(s.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
            _ => "?",
        }))));
}
