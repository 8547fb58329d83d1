using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Areas.Admin.Partners;

namespace Oldenburg.Integration.Tests.Functional;

[Collection(WritableSite.Name)]
public class AdminPartnerLogoTests(SiteFactory site)
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Edit_PngLogo_IsStoredThenRemovedWithItsFile()
    {
        var (browser, partner) = await PartnerWithBrowserAsync();

        var upload = await (await EditFormAsync(browser, partner.Id)).PostMultipartAsync(browser, null, new UploadFile("Logo", "logo.png", TinyPng, "image/png"));
        var stored = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partner.Id));
        var served = await browser.GetAsync(new Uri($"/admin/partners/logo/{partner.Id}", UriKind.Relative));
        var remove = await (await EditFormAsync(browser, partner.Id)).PostAsync(browser, new Dictionary<string, string> { ["RemoveLogo"] = "true" });
        var removed = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partner.Id));
        var fileLeft = await site.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Area == LogoStore.Area && f.Name == stored.LogoFile));

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Matches("^[0-9a-f]{32}\\.png$", stored.LogoFile);
        Assert.Equal("image/png", stored.LogoContentType);
        Assert.Equal(TinyPng, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.Null(removed.LogoFile);
        Assert.False(fileLeft, "The removed logo's bytes must go with it.");
    }

    [Fact]
    public async Task Edit_TextFileNamedPng_IsRejectedAndChangesNothing()
    {
        var (browser, partner) = await PartnerWithBrowserAsync();
        var form = await EditFormAsync(browser, partner.Id);

        var response = await form.PostMultipartAsync(browser, new Dictionary<string, string> { ["Name"] = "Geändert" },
            new UploadFile("Logo", "logo.png", Encoding.UTF8.GetBytes("<?php echo 'not an image'; ?>"), "image/png"));

        await AssertRejectedAsync(response, partner.Id, "kein PNG-, JPEG- oder WebP-Bild");
    }

    [Fact]
    public async Task Edit_LogoLargerThanOneMegabyte_IsRejected()
    {
        var (browser, partner) = await PartnerWithBrowserAsync();
        var big = new byte[(1024 * 1024) + 1];
        TinyPng.CopyTo(big, 0);

        var response = await (await EditFormAsync(browser, partner.Id)).PostMultipartAsync(browser, null, new UploadFile("Logo", "big.png", big, "image/png"));

        await AssertRejectedAsync(response, partner.Id, "höchstens 1 MB");
    }

    [Fact]
    public async Task Edit_PngWiderThan2000Pixels_IsRejected()
    {
        var (browser, partner) = await PartnerWithBrowserAsync();
        var wide = (byte[])TinyPng.Clone();
        wide[16] = 0; wide[17] = 0; wide[18] = 0x0B; wide[19] = 0xB8; // width 3000 in the IHDR header

        var response = await (await EditFormAsync(browser, partner.Id)).PostMultipartAsync(browser, null, new UploadFile("Logo", "wide.png", wide, "image/png"));

        await AssertRejectedAsync(response, partner.Id, "3000 × 1 Pixel");
    }

    private async Task AssertRejectedAsync(HttpResponseMessage response, int partnerId, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).QuerySelector("#Logo-error")?.TextContent);
        var stored = await site.WithDbAsync(db => db.Partners.SingleAsync(p => p.Id == partnerId));
        Assert.Null(stored.LogoFile);
        Assert.NotEqual("Geändert", stored.Name);
    }

    private async Task<(HttpClient Browser, Web.Domain.Partner Partner)> PartnerWithBrowserAsync()
    {
        var lookups = await site.AddLookupsAsync();
        var partner = await site.AddPartnerAsync(lookups);
        return (await site.EditorAsync(), partner);
    }

    private static async Task<HtmlForm> EditFormAsync(HttpClient browser, int id) =>
        (await browser.GetPageAsync($"/admin/partners/edit/{id}")).Document.FormWithField("Name");
}
