using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Areas.Admin.Pages;
using Oldenburg.Integration.Web.Areas.Admin.Partners;

namespace Oldenburg.Integration.Tests.Functional.Access;

/// <summary>
/// A restricted account may edit only its granted content types. Every admin endpoint is read from
/// the app's routing and requested, GET and POST with a valid antiforgery token, so a new admin page
/// that forgets the grant check fails here. The site is this class's own: granted POSTs really run.
/// </summary>
public sealed class RestrictedRoleTests : IClassFixture<SiteFactory>
{
    // Reachable by anyone or any staff member, whatever they are granted: signing in and out, the
    // dashboard, and their own password and second factor.
    private static readonly string[] OpenToAnyStaff = ["Account.Login", "Account.Logout", "Account.Denied", "Account.Password", "Dashboard.Index"];
    private static readonly string[] OpenToAnyStaffControllers = ["Security.", "TwoFactorSignIn.", "Invitation.", "PasswordReset."];

    private readonly SiteFactory _site;

    public RestrictedRoleTests(SiteFactory site) => _site = site;

    [Fact]
    public async Task Request_RestrictedToPagesOnEveryAdminEndpoint_RefusesAllButPagesAndOwnAccount()
    {
        var browser = await _site.SignedInRestrictedAsync(PageDefinition.ContentKey);
        var token = await AntiforgeryTokenAsync(browser);
        var wrong = new List<string>();
        var endpoints = AdminEndpoints.All(_site);

        // POSTs last, so that a granted delete cannot remove what a later GET of the walk needs.
        foreach (var (endpoint, method) in endpoints.SelectMany(e => e.HttpMethods.Select(m => (e, m))).OrderBy(x => x.m == "POST"))
        {
            if (endpoint.Name == "Account.Logout")
            {
                continue;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), endpoint.SamplePath)
            {
                Content = method == "POST" ? new FormUrlEncodedContent([new(HtmlForm.AntiforgeryField, token)]) : null,
            };
            using var response = await browser.SendAsync(request);
            var expectDenied = !endpoint.Name.StartsWith("Pages.", StringComparison.Ordinal)
                && !OpenToAnyStaff.Contains(endpoint.Name)
                && !OpenToAnyStaffControllers.Any(c => endpoint.Name.StartsWith(c, StringComparison.Ordinal));
            if (RestrictedStaff.IsDenied(response) != expectDenied || response.StatusCode == HttpStatusCode.BadRequest)
            {
                wrong.Add($"{endpoint} {method}: {(int)response.StatusCode} {response.Headers.Location} (expected {(expectDenied ? "refused" : "allowed")})");
            }
        }

        Assert.True(endpoints.Count > 40, $"Only {endpoints.Count} admin endpoints found; the walk misses some.");
        Assert.True(wrong.Count == 0, "Grant check wrong on:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task Request_RestrictedToPartners_ReachesPartnerChecksImportAndSuggestionsButNotLookups()
    {
        var browser = await _site.SignedInRestrictedAsync(PartnerDefinition.ContentKey);

        foreach (var path in new[] { "/admin/partners", "/admin/partnerchecks/stale", "/admin/partnerimport/import", "/admin/suggestions" })
        {
            using var allowed = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(allowed.StatusCode == HttpStatusCode.OK, $"{path}: {(int)allowed.StatusCode} {allowed.Headers.Location}");
        }

        foreach (var path in new[] { "/admin/lookups", "/admin/offers", "/admin/translations", "/admin/users", "/admin/audit" })
        {
            using var refused = await browser.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(RestrictedStaff.IsDenied(refused), $"{path}: {(int)refused.StatusCode} {refused.Headers.Location}");
        }
    }

    [Fact]
    public async Task History_RestrictedToPages_ShowsPageHistoryButRefusesOfferHistory()
    {
        var pageId = (await _site.InsertAsync(new PageBuilder().WithTranslation("de", "Seite mit Verlauf").Build())).Id;
        var offerId = (await _site.InsertAsync(new OfferBuilder().WithTranslation("de", "Angebot mit Verlauf").Build())).Id;
        var browser = await _site.SignedInRestrictedAsync(PageDefinition.ContentKey);

        using var pageHistory = await browser.GetAsync(new Uri($"/admin/revisions/history/{pageId}?type={PageDefinition.ContentKey}", UriKind.Relative));
        using var offerHistory = await browser.GetAsync(new Uri($"/admin/revisions/history/{offerId}?type={OfferDefinition.ContentKey}", UriKind.Relative));
        using var noType = await browser.GetAsync(new Uri($"/admin/revisions/history/{pageId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, pageHistory.StatusCode);
        Assert.True(RestrictedStaff.IsDenied(offerHistory), $"{(int)offerHistory.StatusCode} {offerHistory.Headers.Location}");
        Assert.True(RestrictedStaff.IsDenied(noType), $"{(int)noType.StatusCode} {noType.Headers.Location}");
    }

    [Fact]
    public async Task Dashboard_RestrictedToPages_ListsOnlyPagesInMenuAndAttentionLists()
    {
        await _site.InsertAsync(new OfferBuilder().WithTranslation("de", "Angebot im Entwurf, nicht freigegeben").Draft().Build());
        await _site.InsertAsync(new PageBuilder().WithTranslation("de", "Seite im Entwurf, freigegeben").Draft().Build());
        var browser = await _site.SignedInRestrictedAsync(PageDefinition.ContentKey);

        var page = await browser.GetPageAsync("/admin");
        var menu = page.Document.QuerySelector("nav.site-nav")!;
        var links = menu.QuerySelectorAll("a").Select(a => a.ResolvedPath()).ToList();
        var text = page.Document.Body!.NormalizedText();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("/admin/pages", links);
        Assert.DoesNotContain("/admin/offers", links);
        Assert.DoesNotContain("/admin/lookups", links);
        Assert.DoesNotContain("/admin/suggestions", links);
        Assert.Contains("Seite im Entwurf, freigegeben", text);
        Assert.DoesNotContain("Angebot im Entwurf, nicht freigegeben", text);
        Assert.DoesNotContain("Vorschläge von außen", text);
    }

    [Fact]
    public async Task Dashboard_Editor_StillSeesEveryType()
    {
        await _site.InsertAsync(new OfferBuilder().WithTranslation("de", "Angebot für die Redaktion sichtbar").Draft().Build());
        var browser = await _site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin");

        Assert.Contains("Angebot für die Redaktion sichtbar", page.Document.Body!.NormalizedText());
        Assert.Contains("Vorschläge von außen", page.Document.Body!.NormalizedText());
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient browser)
    {
        var page = await browser.GetPageAsync("/admin/account/password");
        return page.Document.FormWithField("NewPassword").AntiforgeryToken!;
    }
}
