using System.Net;

using Microsoft.EntityFrameworkCore;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Suggestions;

[Collection(SuggestionSites.Name)]
public class SuggestionFormTests(SuggestionSite site)
{
    [Theory]
    [InlineData("de", "ltr", "Organisation für das Verzeichnis vorschlagen", "Name der Organisation")]
    [InlineData("en", "ltr", "Suggest an organisation for the directory", "Name of the organisation")]
    [InlineData("ar", "rtl", "اقتراح منظمة لإدراجها في الدليل", "اسم المنظمة")]
    public async Task Index_EachCulture_RendersFormInThatLanguage(string culture, string dir, string heading, string nameLabel)
    {
        var keys = await site.AddSuggestionLookupsAsync();

        var page = await site.CreateClient().GetPageAsync($"/{culture}/partners/suggest");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(culture, page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(dir, page.Document.DocumentElement.GetAttribute("dir"));
        Assert.Equal(heading, page.Document.QuerySelector("h1")!.NormalizedText());
        Assert.Equal(nameLabel, page.Document.QuerySelector("label[for=Form_Name]")!.NormalizedText());
        var form = page.Document.FormWithField("Form.Consent");
        Assert.NotNull(form.AntiforgeryToken);
        var topic = form.Element.QuerySelector($"input[name='Form.TopicKeys'][value='{keys.TopicKey}']")!;
        var expectedTopic = culture switch { "de" => "Sprache und Kurse", "en" => "Language and courses", _ => "اللغة والدورات" };
        Assert.Equal(expectedTopic, page.Document.QuerySelector($"label[for='{topic.Id}']")!.NormalizedText());
        var language = form.Element.QuerySelector($"input[name='Form.LanguageKeys'][value='{keys.LanguageKey}']")!;
        Assert.Equal("Tigrinya", page.Document.QuerySelector($"label[for='{language.Id}']")!.NormalizedText());
        Assert.Contains("90", page.Document.QuerySelector("#privacy")!.NormalizedText(), StringComparison.Ordinal);
    }

    // The autofill field names of the HTML standard, and names that browsers and password managers fill by heuristics.
    private static readonly string[] AutofilledNames =
    [
        "name", "honorific", "given", "additional", "family", "nickname", "username", "password", "one-time-code",
        "organization", "street", "address", "country", "postal", "cc-", "transaction", "language", "bday", "sex",
        "url", "photo", "tel", "email", "impp", "fax", "home", "work", "mobile", "pager", "shipping", "billing",
        "website", "web", "site", "company", "phone", "zip", "city", "comment", "message", "subject", "title",
    ];

    [Fact]
    public async Task Index_Honeypot_HasNameNoBrowserFillsAndIsHiddenFromPeople()
    {
        var page = await site.CreateClient().GetPageAsync("/en/partners/suggest");

        var wrapper = page.Document.QuerySelector(".form-extra")!;
        var honeypot = wrapper.QuerySelector("input")!;
        var name = honeypot.GetAttribute("name")!;
        var field = name[(name.LastIndexOf('.') + 1)..].ToLowerInvariant();
        Assert.DoesNotContain(AutofilledNames, token => field.Contains(token, StringComparison.Ordinal) || honeypot.Id!.Contains(token, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("text", honeypot.GetAttribute("type"));
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Equal("true", wrapper.GetAttribute("aria-hidden"));
        Assert.Contains("leave this field empty", page.Document.QuerySelector($"label[for={honeypot.Id}]")!.NormalizedText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_RequiredFieldsMissing_ShowsLocalizedErrorsNextToFieldsAndStoresNothing()
    {
        var before = await CountAsync();
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/partners/suggest")).Document.FormWithField("Form.Name");

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Please fill in “Name of the organisation”.", document.QuerySelector("#Form_Name-error")!.NormalizedText());
        Assert.Equal("Please fill in “Short description”.", document.QuerySelector("#Form_ShortDescription-error")!.NormalizedText());
        Assert.Equal("Please confirm that you have read the privacy notice and agree.", document.QuerySelector("#Form_Consent-error")!.NormalizedText());
        Assert.Equal("true", document.QuerySelector("#Form_Name")!.GetAttribute("aria-invalid"));
        Assert.NotNull(document.QuerySelector(".error-summary a[href='#Form_Name']"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_RequiredFieldsMissingInArabic_ShowsArabicMessages()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/ar/partners/suggest")).Document.FormWithField("Form.Name");

        var document = await Html.ParseAsync(await form.PostAsync(client));

        Assert.Contains("اسم المنظمة", document.QuerySelector("#Form_Name-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("يُرجى التأكيد على أنكم قرأتم إشعار حماية البيانات وتوافقون عليه.", document.QuerySelector("#Form_Consent-error")!.NormalizedText());
    }

    [Fact]
    public async Task Post_OversizedFields_ShowsErrorsAndStoresNothing()
    {
        var before = await CountAsync();
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");

        var response = await form.PostAsync(client, Valid(Unique.Name("zu-lang"), new()
        {
            ["Form.Name"] = new string('x', 201),
            ["Form.Description"] = new string('y', 8001),
            ["Form.Message"] = new string('z', 4001),
            ["Form.Website"] = "nicht eine adresse",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Contains("200", document.QuerySelector("#Form_Name-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("8000", document.QuerySelector("#Form_Description-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("4000", document.QuerySelector("#Form_Message-error")!.NormalizedText(), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#Form_Website-error"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_UnknownLookupKeys_ShowsMessageAndStoresNothing()
    {
        var before = await CountAsync();
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/en/partners/suggest")).Document.FormWithField("Form.Name");

        var response = await form.PostAsync(client, Valid(Unique.Name("Forged"), new()
        {
            ["Form.TypeKey"] = "no-such-type",
            ["Form.TopicKeys"] = "<script>",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("This choice does not exist (any more). Please choose again.", document.QuerySelector("#Form_TypeKey-error")!.NormalizedText());
        Assert.NotNull(document.QuerySelector("#Form_TopicKeys-error"));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_HoneypotFilled_ShowsThanksButStoresNothing()
    {
        var before = await CountAsync();
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Spam");

        var response = await form.PostAsync(client, Valid(name, new() { ["Form.Extra"] = "0441 999" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/de/partners/suggest/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        // No stored suggestion means no office notice either: the outbox is fed only after a save. A mail
        // count cannot show it, since other tests' notices reach the shared relay in the background.
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_ValidNewSuggestion_StoresOpenSuggestionOnlyAndRedirectsToThanks()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var client = site.CreateBrowser();
        var form = (await client.GetPageAsync("/en/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Elternverein");

        var response = await form.PostAsync(client, Valid(name, new()
        {
            ["Form.TypeKey"] = keys.TypeKey,
            ["Form.DistrictKey"] = keys.DistrictKey,
            ["Form.TopicKeys"] = keys.TopicKey,
            ["Form.Website"] = "www.elternverein.example",
            ["Form.SubmitterEmail"] = "someone@example.org",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/partners/suggest/thanks", response.Headers.Location!.OriginalString);
        var thanks = await client.GetPageAsync("/en/partners/suggest/thanks");
        Assert.Contains("What happens next", thanks.Text, StringComparison.Ordinal);
        var stored = await site.WithDbAsync(db => db.PartnerSuggestions.AsNoTracking().SingleAsync(s => s.Name == name));
        Assert.Equal(SuggestionStatus.Open, stored.Status);
        Assert.Equal("en", stored.Culture);
        Assert.Null(stored.PartnerId);
        Assert.Equal(keys.TypeKey, stored.TypeKey);
        Assert.Equal(keys.TopicKey, stored.TopicKeys);
        Assert.Equal("https://www.elternverein.example", stored.Website);
        Assert.Equal("someone@example.org", stored.SubmitterEmail);
        Assert.True(DateTime.UtcNow - stored.CreatedAt < TimeSpan.FromMinutes(1));
        Assert.False(await site.WithDbAsync(db => db.Partners.AnyAsync(p => p.Name == name)));
    }

    [Fact]
    public async Task Post_ValidSuggestion_SendsOfficeMailWithLinkAndNoSubmitterData()
    {
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Mailtest");

        await form.PostAsync(client, Valid(name, new() { ["Form.SubmitterName"] = "Max Privat", ["Form.SubmitterEmail"] = "max.privat@example.org" }));

        var id = await site.WithDbAsync(db => db.PartnerSuggestions.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var mail = await SuggestionSite.WaitForMailAsync(site.Smtp, m => m.Data.Contains($"/admin/suggestions/details/{id}", StringComparison.Ordinal));
        Assert.Contains(SuggestionSite.OfficeAddress, mail.ToAddresses.Select(a => a.ToString()));
        Assert.DoesNotContain("max.privat", mail.Data, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Max Privat", mail.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_CorrectionOfPublishedPartner_ShowsNameAndPrefillsCurrentData()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);

        var page = await site.CreateClient().GetPageAsync($"/de/partners/suggest?partner={partner.Slug}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(partner.Name, page.Document.QuerySelector("h1")!.NormalizedText(), StringComparison.Ordinal);
        var form = page.Document.FormWithField("Form.Name");
        Assert.Equal(partner.Name, form.Value("Form.Name"));
        Assert.Equal("Markt 1", form.Value("Form.Street"));
        Assert.Equal("0441 111111", form.Value("Form.Phone"));
        Assert.Equal(keys.TypeKey, form.Value("Form.TypeKey"));
        Assert.Equal(keys.DistrictKey, form.Value("Form.DistrictKey"));
        Assert.Equal([keys.TopicKey], form.Fields.Where(f => f.Key == "Form.TopicKeys").Select(f => f.Value));
        Assert.Equal("Beratung auf Deutsch.", form.Value("Form.ShortDescription"));
    }

    [Fact]
    public async Task Post_Correction_StoresSuggestionForPartnerAndLeavesPartnerUnchanged()
    {
        var keys = await site.AddSuggestionLookupsAsync();
        var partner = await site.AddPartnerAsync(keys);
        var client = site.CreateClient();
        var form = (await client.GetPageAsync($"/de/partners/suggest?partner={partner.Slug}")).Document.FormWithField("Form.Name");

        var response = await form.PostAsync(client, new Dictionary<string, string>
        {
            ["Form.Phone"] = "0441 999999",
            ["Form.Message"] = "Neue Nummer",
            ["Form.Consent"] = "true",
        });

        Assert.Equal("/de/partners/suggest/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await site.WithDbAsync(db => db.PartnerSuggestions.AsNoTracking().SingleAsync(s => s.PartnerId == partner.Id));
        Assert.Equal("0441 999999", stored.Phone);
        Assert.Equal(SuggestionStatus.Open, stored.Status);
        var after = await site.WithDbAsync(db => db.Partners.AsNoTracking().SingleAsync(p => p.Id == partner.Id));
        Assert.Equal("0441 111111", after.Phone);
        Assert.Equal(partner.UpdatedAt, after.UpdatedAt);
    }

    [Theory]
    [InlineData("no-such-partner")]
    [InlineData("draft")]
    public async Task Index_UnknownOrUnpublishedSlug_Returns404(string which)
    {
        var slug = which;
        if (which == "draft")
        {
            slug = (await site.AddPartnerAsync(await site.AddSuggestionLookupsAsync(), PublishState.Draft)).Slug;
        }

        var page = await site.CreateClient().GetPageAsync($"/en/partners/suggest?partner={slug}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_Returns400AndStoresNothing()
    {
        var before = await CountAsync();
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");

        var response = await form.PostAsync(client, Valid(Unique.Name("Csrf")), omit: [HtmlForm.AntiforgeryField]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    internal static Dictionary<string, string> Valid(string name, Dictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.ShortDescription"] = "Beratung für neu zugewanderte Familien.",
            ["Form.Consent"] = "true",
        };
        foreach (var (key, value) in changes ?? [])
        {
            values[key] = value;
        }

        return values;
    }

    private Task<int> CountAsync() => site.WithDbAsync(db => db.PartnerSuggestions.CountAsync());
}
