using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Messages;

[Collection(SuggestionSites.Name)]
public class ContactFormTests(SuggestionSite site)
{
    public static Dictionary<string, string> Valid(string text) => new()
    {
        ["Form.Message"] = text,
        ["Form.Name"] = "Erika Mustermann",
        ["Form.Email"] = "erika.kontakt@example.org",
        ["Form.TaskKey"] = SeededOffers.FirstSlug,
    };

    [Theory]
    [InlineData("de", "ltr", "Ihre Nachricht")]
    [InlineData("en", "ltr", "Your message")]
    [InlineData("ar", "rtl", "رسالتكم")]
    public async Task Message_EachCulture_RendersFormWithPublishedTasksInThatLanguage(string culture, string dir, string messageLabel)
    {
        var page = await site.CreateClient().GetPageAsync($"/{culture}/contact/message");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(dir, page.Document.DocumentElement.GetAttribute("dir"));
        Assert.StartsWith(messageLabel, page.Document.QuerySelector("label[for=Form_Message]")!.NormalizedText(), StringComparison.Ordinal);
        var form = page.Document.FormWithField("Form.Message");
        Assert.NotNull(form.AntiforgeryToken);
        var options = form.Element.QuerySelectorAll("select[name='Form.TaskKey'] option").Skip(1).ToList();
        Assert.Equal(SeededOffers.All.Select(o => o.Slug), options.Select(o => o.GetAttribute("value")));
        Assert.Equal(SeededOffers.All.Select(o => SeededOffers.Title(o, culture)), options.Select(o => o.NormalizedText()));
        Assert.Contains("180", page.Document.QuerySelector("#privacy")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("true", page.Document.QuerySelector(".form-extra")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task Post_ValidMessage_StoresItAndMailsOfficeALinkWithoutPersonalData()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/contact/message")).Document.FormWithField("Form.Message");
        var text = Unique.Name("Frage zum Sprachkurs");

        var response = await form.PostAsync(client, Valid(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/de/contact/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await site.WithDbAsync(db => db.PublicMessages.SingleAsync(m => m.Text == text));
        Assert.Equal(PublicMessageKind.Contact, stored.Kind);
        Assert.Equal(PublicMessageStatus.New, stored.Status);
        Assert.Equal(SeededOffers.FirstSlug, stored.TaskKey);
        Assert.Equal("erika.kontakt@example.org", stored.SenderEmail);
        Assert.Equal("de", stored.Culture);

        var mail = await SuggestionSite.WaitForMailAsync(site.Smtp, m => m.MessageParts[0].BodyData.Contains($"/admin/inbox/details/{stored.Id}", StringComparison.Ordinal));
        var body = mail.MessageParts[0].BodyData;
        Assert.Contains($"{SiteFactory.BaseUrl}/admin/inbox/details/{stored.Id}", body, StringComparison.Ordinal);
        Assert.DoesNotContain(text, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Erika", body, StringComparison.Ordinal);
        Assert.DoesNotContain("erika.kontakt", body, StringComparison.Ordinal);
        Assert.Equal(SuggestionSite.OfficeAddress, mail.ToAddresses.Single().Address);
    }

    [Theory]
    [InlineData("en", "Thank you for your message")]
    [InlineData("ar", "شكرًا لكم على رسالتكم")]
    public async Task Post_ValidMessage_ConfirmsInReadersLanguage(string culture, string title)
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync($"/{culture}/contact/message")).Document.FormWithField("Form.Message");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = Unique.Name("Hello") });

        var page = await Html.ParseAsync(response);
        Assert.Equal($"/{culture}/contact/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.NormalizedText());
    }

    [Fact]
    public async Task Post_HoneypotFilled_ShowsSuccessAndStoresNothing()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/contact/message")).Document.FormWithField("Form.Message");
        var text = Unique.Name("Spam");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text, ["Form.Extra"] = "http://spam.example" });

        Assert.Equal("/en/contact/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Text == text)));
    }

    [Fact]
    public async Task Post_UnknownTaskKey_ShowsMessageAndStoresNothing()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/contact/message")).Document.FormWithField("Form.Message");
        var text = Unique.Name("Forged");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Message"] = text, ["Form.TaskKey"] = "no-such-task" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal("This choice does not exist (any more). Please choose again.", page.QuerySelector("#Form_TaskKey-error")!.NormalizedText());
        Assert.Equal(text, page.QuerySelector("#Form_Message")!.TextContent);
        Assert.False(await site.WithDbAsync(db => db.PublicMessages.AnyAsync(m => m.Text == text)));
    }

    [Fact]
    public async Task Post_MessageMissing_ShowsLocalizedErrorAndStoresNothing()
    {
        var before = await site.WithDbAsync(db => db.PublicMessages.CountAsync());
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/ar/contact/message")).Document.FormWithField("Form.Message");

        var response = await form.PostAsync(client, new Dictionary<string, string> { ["Form.Email"] = "not-an-address" });

        var page = await Html.ParseAsync(response);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector("#Form_Message-error"));
        Assert.NotNull(page.QuerySelector("#Form_Email-error"));
        Assert.NotNull(page.QuerySelector(".error-summary a[href='#Form_Message']"));
        Assert.Equal(before, await site.WithDbAsync(db => db.PublicMessages.CountAsync()));
    }
}
