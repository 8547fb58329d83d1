using System.Net;
using System.Net.Sockets;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Features.Suggestions;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Tests.Functional.Suggestions;

/// <summary>Each test here needs its own site: a low rate limit, a dead mail relay.</summary>
public class SuggestionProtectionTests
{
    [Fact]
    public async Task Post_MoreThanPerHourLimit_Returns429InReadersLanguage()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Suggestions:PerHour"] = "2" });
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/ar/partners/suggest")).Document.FormWithField("Form.Name");

        var first = await form.PostAsync(client, SuggestionFormTests.Valid(Unique.Name("a")));
        var second = await form.PostAsync(client, SuggestionFormTests.Valid(Unique.Name("b")));
        var third = await form.PostAsync(client, SuggestionFormTests.Valid(Unique.Name("c")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await PageAssert.TooManyRequestsInAsync(third, "ar");
        Assert.Equal(2, await site.WithDbAsync(db => db.PartnerSuggestions.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/ar/partners/suggest", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Post_SmtpServerUnreachable_StoresSuggestionAndThanksResident()
    {
        using var site = SiteFactory.Create(SuggestionSite.SettingsFor(ClosedPort()));
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Relay-kaputt");

        var response = await form.PostAsync(client, SuggestionFormTests.Valid(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/de/partners/suggest/thanks", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.True(await site.WithDbAsync(db => db.PartnerSuggestions.AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task RunAsync_OldAndRecentSuggestions_ErasesOnlyOldPersonalData()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?> { ["Suggestions:RetentionDays"] = "30" });
        var now = DateTime.UtcNow;
        var old = await site.AddSuggestionAsync(null, s => s.CreatedAt = now.AddDays(-31));
        var oldClosed = await site.AddSuggestionAsync(null, s => { s.CreatedAt = now.AddDays(-40); s.Status = Web.Domain.SuggestionStatus.Rejected; });
        var recent = await site.AddSuggestionAsync(null, s => s.CreatedAt = now.AddDays(-29));

        using (var scope = site.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<SuggestionRetention>().RunAsync(now);
        }

        foreach (var id in new[] { old.Id, oldClosed.Id })
        {
            var erased = await site.SuggestionAsync(id);
            Assert.Null(erased.SubmitterEmail);
            Assert.Null(erased.SubmitterName);
            Assert.Null(erased.Message);
            Assert.NotNull(erased.PersonalDataErasedAt);
            Assert.Equal("Hauptstraße 5", erased.Street);
        }

        var kept = await site.SuggestionAsync(recent.Id);
        Assert.Equal("erika@example.org", kept.SubmitterEmail);
        Assert.Equal("Bitte aufnehmen.", kept.Message);
        Assert.Null(kept.PersonalDataErasedAt);
    }

    [Theory]
    [InlineData("", "a@example.org", "b@example.org", false)]
    [InlineData("smtp.example.org", "", "b@example.org", false)]
    [InlineData("smtp.example.org", "a@example.org", null, false)]
    [InlineData("smtp.example.org", "a@example.org", "b@example.org", true)]
    public void IsEnabled_HostOrAddressMissing_IsFalse(string host, string from, string? to, bool expected)
    {
        var options = new SmtpOptions { Host = host, From = from, To = to };

        Assert.Equal(expected, options.IsEnabled);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
