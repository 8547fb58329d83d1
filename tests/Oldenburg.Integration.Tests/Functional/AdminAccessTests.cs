using System.Net;

using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminAccessTests(SiteFactory site)
{
    [Fact]
    public async Task Get_AdminDashboardSignedIn_Returns200()
    {
        using var browser = await site.SignedInBrowserAsync();

        var page = await browser.GetPageAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        PageAssert.NoStackTrace(page);
    }

    [Fact]
    public async Task PostLogin_WithoutAntiforgeryToken_Returns400AndSignsNobodyIn()
    {
        var email = await site.CreateAccountAsync();
        using var browser = site.CreateBrowser();
        var form = (await browser.GetPageAsync(Staff.LoginPath)).Document.FormWithField("Password");

        var response = await form.PostAsync(
            browser,
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = Staff.DefaultPassword },
            omit: [HtmlForm.AntiforgeryField]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task PostOfferEdit_SignedInWithoutAntiforgeryToken_Returns400AndKeepsTitle()
    {
        var offer = await site.InsertAsync(new OfferBuilder().WithTranslation("de", "Ohne Token").Build());
        using var browser = await site.SignedInBrowserAsync();
        var form = (await browser.GetPageAsync($"/admin/offers/edit/{offer.Id}")).Document.FormWithField("Slug");
        var germanTitle = AdminOfferForm.GermanField(form, "Title");

        var response = await form.PostAsync(
            browser,
            new Dictionary<string, string> { [germanTitle] = "Mit fremdem Formular" },
            omit: [HtmlForm.AntiforgeryField]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ohne Token", await AdminOfferForm.StoredGermanTitleAsync(site, offer.Id));
    }

    [Fact]
    public async Task PostLogin_FiveWrongPasswords_LocksAccountSoCorrectPasswordFails()
    {
        var email = await site.CreateAccountAsync();
        using var browser = site.CreateBrowser();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await browser.SubmitLoginAsync(email, "Wrong-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var correct = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        Assert.False(Staff.IsSignedInRedirect(correct), "A locked account could sign in.");
        var page = await Html.ParseAsync(correct);
        Assert.NotNull(page.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
        var lockoutEnd = await site.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task PostLogin_FourWrongPasswordsThenCorrect_SignsIn()
    {
        var email = await site.CreateAccountAsync();
        using var browser = site.CreateBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await browser.SubmitLoginAsync(email, "Wrong-password-" + attempt);
        }

        var correct = await browser.SubmitLoginAsync(email, Staff.DefaultPassword);

        Assert.True(Staff.IsSignedInRedirect(correct), $"Expected a redirect into the admin area, got {(int)correct.StatusCode}.");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);
    }
}
