using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>
/// Two instances of the built site behind nginx, sharing one database and one Redis, as separate
/// processes: what one instance writes, caches or signs must hold on the other.
/// </summary>
public sealed class ScaleOutTests(ScaleOutFixture fixture) : IClassFixture<ScaleOutFixture>
{
    private static readonly TimeSpan s_visibleWithin = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Edit_OnInstanceA_IsVisibleThroughNginxAndOnInstanceBWithinOneSecond()
    {
        using var browser = await SignedInAsync(fixture.InstanceA);
        var slug = Unique.Name("skalierung");
        await CreatePageAsync(browser, fixture.InstanceA, slug, "Alter Titel");
        using var visitor = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // B has the footer in its memory cache now; without the eviction bus it would keep the old title for minutes.
        Assert.Equal("Alter Titel", await FooterTitleAsync(visitor, fixture.InstanceB, slug));
        Assert.Equal("Alter Titel", await FooterTitleAsync(visitor, fixture.Balancer, slug));
        Assert.Equal("Alter Titel", await FooterTitleAsync(visitor, fixture.Balancer, slug));

        var edit = (await browser.GetPageAsync(new Uri(fixture.InstanceA, $"/admin/pages/edit/{await PageIdAsync(slug)}").ToString())).Document.FormWithField("Slug");
        var saved = await edit.PostAsync(browser, new Dictionary<string, string> { ["Texts[0].Title"] = "Neuer Titel" });
        var clock = Stopwatch.StartNew();
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var seen = new Dictionary<string, string?>();
        do
        {
            seen["B: page"] = await HeadingAsync(visitor, fixture.InstanceB, slug);
            seen["B: footer"] = await FooterTitleAsync(visitor, fixture.InstanceB, slug);

            // nginx takes turns, so two requests reach both instances.
            seen["nginx: footer, 1st"] = await FooterTitleAsync(visitor, fixture.Balancer, slug);
            seen["nginx: footer, 2nd"] = await FooterTitleAsync(visitor, fixture.Balancer, slug);
            seen["nginx: page"] = await HeadingAsync(visitor, fixture.Balancer, slug);
        }
        while (seen.Values.Any(v => v != "Neuer Titel") && clock.Elapsed < s_visibleWithin);

        Assert.True(seen.Values.All(v => v == "Neuer Titel"),
            $"After {clock.ElapsedMilliseconds} ms: {string.Join(", ", seen.Select(s => $"{s.Key} = {s.Value}"))}");
    }

    [Fact]
    public async Task SignIn_OnInstanceA_ContinuesOnInstanceBWithItsAntiforgeryToken()
    {
        using var browser = await SignedInAsync(fixture.InstanceA);
        using var stranger = InstanceBrowser.Create();

        var dashboardOnB = await browser.GetAsync(new Uri(fixture.InstanceB, "/admin"));
        var strangerOnB = await stranger.GetAsync(new Uri(fixture.InstanceB, "/admin"));
        var formFromA = (await browser.GetPageAsync(new Uri(fixture.InstanceA, "/admin/pages/create").ToString())).Document.FormWithField("Slug");
        var slug = Unique.Name("von-a-nach-b");
        var postedToB = await formFromA.PostToAsync(browser, new Uri(fixture.InstanceB, formFromA.Action.PathAndQuery), PageFields(slug, "Auf B gespeichert"));

        Assert.Equal(HttpStatusCode.OK, dashboardOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, strangerOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, postedToB.StatusCode);
        Assert.Equal("/admin/pages", Staff.PathOf(postedToB.Headers.Location!));
        using var visitor = new HttpClient();
        Assert.Equal("Auf B gespeichert", await HeadingAsync(visitor, fixture.InstanceA, slug));
    }

    [Fact]
    public async Task KillOneInstance_WhileClientsRequestThroughNginx_NoRequestFails()
    {
        var results = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(fixture.Balancer, "/de/"));
                    results.Enqueue(response.StatusCode == HttpStatusCode.OK ? "200" : $"{(int)response.StatusCode}");
                }
                catch (HttpRequestException e)
                {
                    results.Enqueue(e.Message);
                }
            }
        })).ToList();

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var beforeKill = results.Count;
            await fixture.KillAsync(fixture.InstanceB);
            await Task.Delay(TimeSpan.FromSeconds(2));
            await stop.CancelAsync();
            await Task.WhenAll(clients);

            var failed = results.Where(r => r != "200").ToList();
            Assert.True(failed.Count == 0, $"{failed.Count} of {results.Count} requests failed: {string.Join("; ", failed.Distinct())}");
            Assert.True(beforeKill > 0 && results.Count - beforeKill >= 20, $"Too few requests to show anything: {beforeKill} before, {results.Count - beforeKill} after the kill.");
        }
        finally
        {
            await stop.CancelAsync();
            await fixture.RestartAsync(fixture.InstanceB);
        }
    }

    private static async Task<HttpClient> SignedInAsync(Uri instance)
    {
        var browser = InstanceBrowser.Create();
        var login = (await browser.GetPageAsync(new Uri(instance, Staff.LoginPath).ToString())).Document.FormWithField("Password");
        var response = await login.PostAsync(browser, new Dictionary<string, string>
        {
            ["Email"] = ScaleOutFixture.AdminEmail,
            ["Password"] = ScaleOutFixture.AdminPassword,
        });
        Assert.True(Staff.IsSignedInRedirect(response), $"Sign-in on {instance} failed: {(int)response.StatusCode} {response.Headers.Location}");
        return browser;
    }

    private static async Task CreatePageAsync(HttpClient browser, Uri instance, string slug, string title)
    {
        var form = (await browser.GetPageAsync(new Uri(instance, "/admin/pages/create").ToString())).Document.FormWithField("Slug");
        var response = await form.PostAsync(browser, PageFields(slug, title));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Dictionary<string, string> PageFields(string slug, string title) => new()
    {
        ["Slug"] = slug,
        ["FooterOrder"] = "55",
        ["State"] = "Published",
        ["Texts[0].Title"] = title,
        ["Texts[0].Body"] = "Ein Text, der auf jeder Instanz gleich aussieht.",
    };

    private async Task<int> PageIdAsync(string slug)
    {
        await using var connection = new SqliteConnection($"Data Source={fixture.SqliteDatabase};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Id FROM Pages WHERE Slug = $slug";
        command.Parameters.AddWithValue("$slug", slug);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> HeadingAsync(HttpClient client, Uri site, string slug)
    {
        var page = await client.GetPageAsync(new Uri(site, $"/de/pages/{slug}").ToString());
        return page.Status == HttpStatusCode.OK ? page.Document.QuerySelector("h1")?.NormalizedText() : $"HTTP {(int)page.Status}";
    }

    private static async Task<string?> FooterTitleAsync(HttpClient client, Uri site, string slug)
    {
        var page = await client.GetPageAsync(new Uri(site, "/de/").ToString());
        return page.Document.QuerySelectorAll("footer a").FirstOrDefault(a => a.ResolvedPath() == $"/de/pages/{slug}")?.NormalizedText();
    }
}
