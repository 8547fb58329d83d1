using System.Net;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

/// <summary>The 2FA pages, including the inline SVG QR code, are valid HTML by the W3C Nu Html Checker.</summary>
[Collection(WritableSite.Name)]
public sealed class TwoFactorMarkupTests(SiteFactory site)
{
    [Fact]
    public async Task TwoFactorPages_HaveNoHtmlErrors()
    {
        var email = await site.CreateAccountAsync(role: Web.Infrastructure.Identity.StaffRoles.Administrator);
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var documents = new Dictionary<string, string>
        {
            ["setup"] = (await browser.GetPageAsync(TwoFactorStaff.SetupPath)).Raw,
            ["status-off"] = (await browser.GetPageAsync("/admin/security")).Raw,
            ["settings"] = (await browser.GetPageAsync("/admin/securitysettings")).Raw,
        };
        var setup = await browser.GetPageAsync(TwoFactorStaff.SetupPath);
        var codes = await setup.Document.FormWithField("Code").PostAsync(browser, new Dictionary<string, string> { ["Code"] = Totp.Code(TwoFactorStaff.KeyOn(setup)) });
        documents["recovery-codes"] = await codes.Content.ReadAsStringAsync();
        documents["status-on"] = (await browser.GetPageAsync("/admin/security")).Raw;
        documents["disable"] = (await browser.GetPageAsync("/admin/security/disable")).Raw;
        var secondBrowser = site.CreateBrowser();
        await secondBrowser.SubmitLoginAsync(email, Staff.DefaultPassword);
        documents["second-step"] = (await secondBrowser.GetPageAsync(TwoFactorStaff.SecondStepPath)).Raw;
        documents["recovery"] = (await secondBrowser.GetPageAsync(TwoFactorStaff.RecoveryPath)).Raw;
        Assert.Equal(HttpStatusCode.OK, codes.StatusCode);

        // The codes are shown once: no browser or proxy may keep the page.
        Assert.True(codes.Headers.CacheControl?.NoStore, "The recovery codes page may be cached.");

        var errors = await HtmlChecker.ErrorsAsync(documents);

        Assert.True(errors.Count == 0, $"{errors.Count} HTML errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
