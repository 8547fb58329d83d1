using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>One server, one Playwright driver and one Chromium for the whole collection; each test gets its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string StaffEmail = "pruefung@example.org";

    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly Lazy<Task> _staffAccount;

    private Lazy<Task<string>> _staffSignIn;

    public BrowserFixture()
    {
        _staffAccount = new Lazy<Task>(CreateStaffAccountAsync);
        _staffSignIn = new Lazy<Task<string>>(SignInStaffOnceAsync);
    }

    public KestrelSiteFactory Site { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Made up per run: the account lives only in this run's temporary database.</summary>
    public string StaffPassword { get; } = "Pruefung-" + Guid.NewGuid().ToString("N")[..12];

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // Playwright must never fetch a browser of its own; the system's Chromium is used.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } custom ? custom : ChromiumPath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}: install it with 'apt-get install -y chromium'.");
        }

        BaseAddress = Site.Start();
        await FilledConcept.ApplyAsync(Site.Services);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        await Site.DisposeAsync();
    }

    /// <summary>A fresh context and page whose every request is checked against the test server.</summary>
    public async Task<BrowserSession> NewSessionAsync(BrowserNewContextOptions? options = null) =>
        await BrowserSession.CreateAsync(Browser, BaseAddress, options ?? new BrowserNewContextOptions());

    /// <summary>Creates the administrator once per run, through the app's own account service.</summary>
    public Task EnsureStaffAccountAsync() => _staffAccount.Value;

    /// <summary>
    /// Opens a staff page in a fresh context that already holds the administrator's sign-in cookie. The login
    /// form is filled once per fixture: signing in anew for each of sixty staff pages cost two page loads and a
    /// password hash each. Opening the 2FA set-up renews the account's security stamp, which ends the stored
    /// sign-in; then the form is filled again, and a page that still answers with the login form fails.
    /// </summary>
    public async Task<BrowserSession> OpenAsStaffAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            var session = await NewSessionAsync(new BrowserNewContextOptions { StorageState = await _staffSignIn.Value });
            await session.GotoAsync(path);
            if (!new Uri(session.Page.Url).AbsolutePath.StartsWith(SitePages.AdminLogin, StringComparison.OrdinalIgnoreCase))
            {
                return session;
            }

            await session.DisposeAsync();
            Assert.True(attempt == 0, $"{path} asked for the login again right after a fresh sign-in.");
            _staffSignIn = new Lazy<Task<string>>(SignInStaffOnceAsync);
        }
    }

    private async Task<string> SignInStaffOnceAsync()
    {
        await EnsureStaffAccountAsync();
        await using var session = await NewSessionAsync();
        await session.SignInAsync(StaffEmail, StaffPassword);
        return await session.Context.StorageStateAsync();
    }

    private async Task CreateStaffAccountAsync()
    {
        using var scope = Site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var result = await accounts.CreateAsync(StaffEmail, "Prüfung", StaffPassword, StaffRoles.Administrator);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await RecordSampleRevisionsAsync(scope.ServiceProvider);
        await AddSampleMessageAsync(scope.ServiceProvider);
    }

    /// <summary>A barrier report in Arabic with a note, so the inbox list and message page have something to show.</summary>
    private static async Task AddSampleMessageAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        db.PublicMessages.Add(new PublicMessage
        {
            Kind = PublicMessageKind.Accessibility,
            Culture = "ar",
            Text = "لا يمكن الوصول إلى القائمة باستخدام لوحة المفاتيح.",
            FromPath = "/ar/offers",
            ReceivedAt = DateTime.UtcNow,
            AssignedTo = StaffEmail,
            Notes = [new PublicMessageNote { Author = StaffEmail, At = DateTime.UtcNow, Text = "Geprüft, Fehler bestätigt." }],
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Two revisions of the first offer, so the history and diff pages have something to show.</summary>
    private static async Task RecordSampleRevisionsAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var revisions = services.GetRequiredService<ContentRevisions>();
        var offer = await db.Offers.Include(o => o.Translations).SingleAsync(o => o.Id == 1);
        var item = new ContentRef("offers", offer.Id);
        var before = OfferEditModel.From(offer);
        revisions.Add(item, before, AuditActions.Baseline, before.Texts[0].Title ?? "", "system", offer.UpdatedAt.Ticks);
        var after = OfferEditModel.From(offer);
        after.Texts[0].Title += " (überarbeitet)";
        after.Texts[0].Body += "\n\nEin neuer Absatz, damit der Vergleich Wörter markiert.";
        revisions.Add(item, after, AuditActions.Saved, after.Texts[0].Title ?? "", StaffEmail, offer.UpdatedAt.Ticks);
        await db.SaveChangesAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
