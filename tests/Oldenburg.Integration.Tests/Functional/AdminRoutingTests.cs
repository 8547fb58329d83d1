using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

/// <summary>
/// The admin area has one routing style: conventional routes registered in one place, URLs built by
/// tag helpers and Url.Action. A stray attribute route or hand-written "/admin/..." link would quietly
/// break when a route changes, so these tests catch them where they are written.
/// </summary>
[Collection(WritableSite.Name)]
public partial class AdminRoutingTests(SiteFactory site)
{
    private const string AdminNamespace = "Oldenburg.Integration.Web.Areas.Admin";

    [Fact]
    public void AdminControllers_AttributeRoutes_None()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && t.Namespace?.StartsWith(AdminNamespace, StringComparison.Ordinal) == true)
            .SelectMany(t => AttributeRoutes(t).Select(where => $"{t.Name}: {where}"))
            .ToList();

        Assert.True(offenders.Count == 0, "Attribute routes in admin controllers:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void AdminViews_LiteralAdminUrls_None()
    {
        var views = Path.Combine(RepositoryRoot(), "src", "Oldenburg.Integration.Web", "Areas", "Admin");
        var files = Directory.GetFiles(views, "*.cshtml", SearchOption.AllDirectories);
        var offenders = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(l => LiteralAdminUrl().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(views, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.NotEmpty(files);
        Assert.True(offenders.Count == 0, "Literal admin URLs in admin views:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public async Task LookupList_ConventionalRoute_KeepsLookupUrls()
    {
        var browser = await site.EditorAsync();

        var overview = await browser.GetPageAsync("/admin/lookups");
        var list = await browser.GetPageAsync("/admin/lookups/topics");
        var create = await browser.GetPageAsync("/admin/lookups/topics/create");

        Assert.Contains("/admin/lookups/topics", Hrefs(overview));
        Assert.Contains("/admin/lookups", Hrefs(list));
        Assert.Contains("/admin/lookups/topics/create", Hrefs(list));
        Assert.Equal("/admin/lookups/topics/create", create.Document.QuerySelector("main form[method=post]")?.GetAttribute("action"));
        Assert.Contains("/admin/lookups/topics", Hrefs(create));
    }

    [Fact]
    public async Task PartnerIndex_SpecialRoutes_KeepPartnerUrls()
    {
        var browser = await site.EditorAsync();

        var page = await browser.GetPageAsync("/admin/partners");
        var stale = await browser.GetAsync(new Uri("/admin/partners/stale", UriKind.Relative));
        var import = await browser.GetAsync(new Uri("/admin/partners/import", UriKind.Relative));
        var export = await browser.GetAsync(new Uri("/admin/partners/export.csv", UriKind.Relative));

        var hrefs = Hrefs(page);
        Assert.Contains("/admin/partners/stale", hrefs);
        Assert.Contains("/admin/partners/import", hrefs);
        Assert.Contains("/admin/partners/export.csv", hrefs);
        Assert.Contains("/admin/partners/create", hrefs);
        Assert.True(stale.IsSuccessStatusCode, "stale: " + stale.StatusCode);
        Assert.True(import.IsSuccessStatusCode, "import: " + import.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
    }

    private static List<string?> Hrefs(Page page) =>
        [.. page.Document.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href"))];

    private static IEnumerable<string> AttributeRoutes(Type controller)
    {
        if (controller.GetCustomAttributes<RouteAttribute>(inherit: true).Any())
        {
            yield return "[Route] on the class";
        }

        var actions = controller.GetMethods(BindingFlags.Public | BindingFlags.Instance);
        foreach (var action in actions)
        {
            if (action.GetCustomAttributes<RouteAttribute>(inherit: true).Any()
                || action.GetCustomAttributes<HttpMethodAttribute>(inherit: true).Any(a => a.Template is not null))
            {
                yield return action.Name;
            }
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Oldenburg.Integration.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex("""(?:href|action)\s*=\s*"/admin""", RegexOptions.IgnoreCase)]
    private static partial Regex LiteralAdminUrl();
}
