using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Messages;

[Collection(SuggestionSites.Name)]
public class BarrierReportTests(SuggestionSite site)
{
    [Fact]
    public async Task Footer_AnyPage_LinksToBarrierFormWithThatPage()
    {
        var page = await site.CreateClient().GetPageAsync("/en/offers");

        var link = page.Document.QuerySelector("footer a[href^='/en/contact/barrier']")!;
        Assert.Equal("/en/contact/barrier?from=%2Fen%2Foffers", link.GetAttribute("href"));
        Assert.Equal("Report a barrier", link.NormalizedText());
    }

    [Fact]
    public async Task Statement_AccessibilityPage_OffersTheReportForm()
    {
        var page = await site.CreateClient().GetPageAsync("/de/pages/barrierefreiheit");

        var link = page.Document.QuerySelector(".barrier-feedback a")!;
        Assert.Equal("/de/contact/barrier?from=%2Fde%2Fpages%2Fbarrierefreiheit", link.GetAttribute("href"));
        Assert.Contains("Schlichtungsstelle", page.Document.QuerySelector("main")!.NormalizedText(), StringComparison.Ordinal);

        // The directive's statement must lead to the enforcement body; its address stays a visible placeholder until the office confirms it.
        Assert.Contains(
            page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            href => href is not null && href.StartsWith("https://www.behindertenbeauftragte-niedersachsen.de/DE/Schlichtungsstelle/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_FromPage_StoresAccessibilityReportWithThatPage()
    {
        var client = site.CreateClient();
        var page = await client.GetPageAsync("/de/contact/barrier?from=%2Fde%2Foffers%3Fq%3Dx");
        var form = page.Document.FormWithField("Form.Message");
        Assert.Equal("/de/offers?q=x", form.Value("Form.From"));
        var text = Unique.Name("Kontrast zu schwach");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text });

        Assert.Equal("/de/contact/barrier/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Vielen Dank für Ihre Meldung", (await Html.ParseAsync(response)).QuerySelector("h1")!.NormalizedText());
        var stored = await site.WithDbAsync(db => db.PublicMessages.SingleAsync(m => m.Text == text));
        Assert.Equal(PublicMessageKind.Accessibility, stored.Kind);
        Assert.Equal("/de/offers?q=x", stored.FromPath);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Get_ExternalFrom_IsNotPrefilled(string from)
    {
        var page = await site.CreateClient().GetPageAsync($"/en/contact/barrier?from={Uri.EscapeDataString(from)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(string.Empty, page.Document.FormWithField("Form.From").Value("Form.From") ?? string.Empty);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task Post_ExternalFrom_ShowsMessageAndStoresNothing(string from)
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/contact/barrier")).Document.FormWithField("Form.Message");
        var text = Unique.Name("External");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text, ["Form.From"] = from });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.StartsWith("Please enter the address of a page on this website.", page.QuerySelector("#Form_From-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.False(await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Text == text)));
    }

    [Fact]
    public async Task Post_HoneypotFilled_ShowsSuccessAndStoresNothing()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/contact/barrier")).Document.FormWithField("Form.Message");
        var text = Unique.Name("Bot");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text, ["Form.Extra"] = "x" });

        Assert.Equal("/de/contact/barrier/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Text == text)));
    }

    [Fact]
    public async Task Post_Report_MailsOfficeABarrierNoticeWithLinkOnly()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/contact/barrier?from=%2Fen%2Fpartners")).Document.FormWithField("Form.Message");
        var text = Unique.Name("Focus invisible");

        await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text, ["Form.Email"] = "reporter@example.org" });

        var id = await site.WithDbAsync(db => db.PublicMessages.Where(m => m.Text == text).Select(m => m.Id).SingleAsync());
        var raw = await SuggestionSite.WaitForMailAsync(site.Smtp, m => m.Data.Contains($"/admin/inbox/details/{id}", StringComparison.Ordinal));
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw.Data));
        var mail = await MimeKit.MimeMessage.LoadAsync(stream);
        Assert.Equal("Neue Barriere-Meldung über die Website", mail.Subject);
        Assert.Contains("Meldung zur Barrierefreiheit", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(text, raw.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("reporter@", raw.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/partners", raw.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Arabic_RendersRightToLeftInArabic()
    {
        var page = await site.CreateClient().GetPageAsync("/ar/contact/barrier");

        Assert.Equal("rtl", page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Equal("الإبلاغ عن عائق", page.Document.QuerySelector("h1")!.NormalizedText());
    }
}
