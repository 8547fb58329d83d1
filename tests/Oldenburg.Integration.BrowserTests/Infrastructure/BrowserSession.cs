using Microsoft.Playwright;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>One browser context with one guarded page; disposing it closes the context.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private BrowserSession(IBrowserContext context, IPage page, LocalRequestGuard guard, Uri baseAddress)
    {
        Context = context;
        Page = page;
        Guard = guard;
        BaseAddress = baseAddress;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public LocalRequestGuard Guard { get; }

    public Uri BaseAddress { get; }

    public static async Task<BrowserSession> CreateAsync(IBrowser browser, Uri baseAddress, BrowserNewContextOptions options)
    {
        options.BaseURL = baseAddress.ToString();
        var context = await browser.NewContextAsync(options);
        // Generous: CI machines are shared, and a slow response under load (sign-in hashes passwords) is not a failure.
        context.SetDefaultTimeout(45_000);
        context.SetDefaultNavigationTimeout(45_000);
        var guard = new LocalRequestGuard(baseAddress);
        await guard.AttachAsync(context);
        var page = await context.NewPageAsync();
        guard.Watch(page);
        context.Page += (_, popup) => guard.Watch(popup);
        return new BrowserSession(context, page, guard, baseAddress);
    }

    /// <summary>Opens a path and waits until the page and everything it loads have arrived.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException("No response for " + path);
        Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}.");
        return response;
    }

    /// <summary>Signs in through the real login form, as a member of staff would.</summary>
    public async Task SignInAsync(string email, string password)
    {
        await GotoAsync(SitePages.AdminLogin);
        // Found by their visible labels, so a field that loses its label fails here too.
        var emailField = Page.GetByLabel("E-Mail");
        var passwordField = Page.GetByLabel("Passwort");
        Assert.Equal("Email", await emailField.GetAttributeAsync("name"));
        Assert.Equal("Password", await passwordField.GetAttributeAsync("name"));
        await emailField.FillAsync(email);
        await passwordField.FillAsync(password);
        await Page.Locator("form:has(input[name='Password']) [type='submit']").ClickAsync();
        await Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith(SitePages.AdminLogin, StringComparison.OrdinalIgnoreCase));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
