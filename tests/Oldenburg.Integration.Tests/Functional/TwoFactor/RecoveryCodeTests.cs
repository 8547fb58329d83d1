using System.Net;
using AngleSharp.Dom;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.TwoFactor;

[Collection(WritableSite.Name)]
public sealed class RecoveryCodeTests(SiteFactory site)
{
    [Fact]
    public async Task Enrol_ShowsTenDistinctRecoveryCodesOnce()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        var (_, codes) = await browser.EnrolAsync();

        Assert.Equal(10, codes.Distinct().Count());
        var status = await browser.GetPageAsync("/admin/security");
        Assert.Contains("eingeschaltet", status.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(codes[0], status.Raw, StringComparison.Ordinal);
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.TwoFactorEnabled);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceButNotTwice()
    {
        var (email, _, codes) = await site.EnrolledAccountAsync();

        var first = await site.CreateBrowser().SignInWithCodeAsync(email, codes[0], recovery: true);
        var second = await site.CreateBrowser().SignInWithCodeAsync(email, codes[0], recovery: true);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("nicht gültig", (await Html.ParseAsync(second)).QuerySelector("#Code-error")?.TextContent ?? "", StringComparison.Ordinal);
        var entries = await site.AuditEntriesByAsync(email);
        Assert.Contains(entries, e => e.Action == AuditActions.RecoveryCodeUsed);
        Assert.Contains(entries, e => e.Action == AuditActions.TwoFactorFailed);
        Assert.DoesNotContain(entries, e => (e.Details ?? "").Contains(codes[0], StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewRecoveryCodes_OldCodesStopWorkingNewOnesWork()
    {
        var email = await site.CreateAccountAsync();
        var browser = site.CreateBrowser();
        await browser.SubmitLoginAsync(email, Staff.DefaultPassword);
        var (_, oldCodes) = await browser.EnrolAsync();

        var status = await browser.GetPageAsync("/admin/security");
        var response = await new HtmlForm(status.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[action$='/newrecoverycodes']")!).PostAsync(browser);
        var newCodes = TwoFactorStaff.RecoveryCodesOn(await Html.ParseAsync(response));

        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateBrowser().SignInWithCodeAsync(email, oldCodes[1], recovery: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.CreateBrowser().SignInWithCodeAsync(email, newCodes[1], recovery: true)).StatusCode);
        Assert.Contains(await site.AuditEntriesByAsync(email), e => e.Action == AuditActions.RecoveryCodesRegenerated);
    }
}
