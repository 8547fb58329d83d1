using System.Net;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Functional.Events;

/// <summary>The event form as staff use it without JavaScript: plain date and time fields, German messages, nothing saved on bad input.</summary>
public class EventAdminTests(EventsSite fixture) : IClassFixture<EventsSite>
{
    private readonly FakeClockSite _site = fixture.Site;

    [Fact]
    public async Task Create_ValidForm_StoresBerlinTimesAndShowsOnTheUpcomingList()
    {
        var staff = await _site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/events/create")).Document.FormWithField("StartDate");
        var slug = Unique.Name("nachtcafe");
        var topic = await _site.WithDbAsync(db => db.Topics.Where(t => t.Key == "health").Select(t => t.Id).SingleAsync());

        var response = await form.PostAsync(staff, Fields(form, slug, new()
        {
            ["StartDate"] = "2027-03-27",
            ["StartTime"] = "22:00",
            ["EndDate"] = "2027-03-28",
            ["EndTime"] = "04:00",
            ["TopicIds"] = topic.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await _site.WithDbAsync(db => db.Events.Include(e => e.Topics).SingleAsync(e => e.Slug == slug));
        Assert.Equal(new DateTime(2027, 3, 27, 22, 0, 0), stored.StartLocal);
        Assert.Equal(new DateTime(2027, 3, 28, 2, 0, 0), stored.EndsAtUtc);
        Assert.Equal(topic, Assert.Single(stored.Topics).Id);
        using var visitor = _site.CreateBrowser();
        Assert.Contains(slug, await EventPagesTests.SlugsAsync(visitor, "/de/events?topic=health"));
        var edit = (await staff.GetPageAsync($"/admin/events/edit/{stored.Id}")).Document.FormWithField("StartDate");
        Assert.Equal("2027-03-27", edit.Value("StartDate"));
        Assert.Equal("04:00", edit.Value("EndTime"));
    }

    [Theory]
    [InlineData("2027-05-02", "18:00", "2027-05-01", "20:00", false, "EndDate", EventTimes.EndBeforeStartMessage)]
    [InlineData("2027-05-02", "18:00", "", "17:00", false, "EndTime", EventTimes.EndBeforeStartMessage)]
    [InlineData("2027-05-02", "", "", "", false, "StartTime", EventTimes.TimeRequiredMessage)]
    [InlineData("2027-03-28", "02:30", "", "04:00", false, "StartTime", "gibt es an diesem Tag nicht")]
    [InlineData("2027-05-03", "", "2027-05-02", "", true, "EndDate", EventTimes.EndBeforeStartMessage)]
    public async Task Create_BadTimes_ShowsGermanMessageAtTheFieldAndSavesNothing(
        string startDate, string startTime, string endDate, string endTime, bool allDay, string field, string message)
    {
        var staff = await _site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/events/create")).Document.FormWithField("StartDate");
        var slug = Unique.Name("falsch");
        var values = new Dictionary<string, string> { ["StartDate"] = startDate, ["StartTime"] = startTime, ["EndDate"] = endDate, ["EndTime"] = endTime };
        if (allDay)
        {
            values["IsAllDay"] = "true";
        }

        var response = await form.PostAsync(staff, Fields(form, slug, values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Contains(message, page.GetElementById($"{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.False(await _site.WithDbAsync(db => db.Events.AnyAsync(e => e.Slug == slug)));
    }

    [Theory]
    [InlineData("IsOnline", "true", "OnlineUrl", "Link zur Online-Veranstaltung")]
    [InlineData("RegistrationRequired", "true", "RegistrationContact", "wo man sich anmeldet")]
    [InlineData("IsFree", "false", "FeeText", "was die Teilnahme kostet")]
    [InlineData("Street", "", "Street", "Bitte geben Sie den Ort an")]
    public async Task Create_MissingDependentField_ShowsGermanMessage(string name, string value, string field, string message)
    {
        var staff = await _site.EditorAsync();
        var form = (await staff.GetPageAsync("/admin/events/create")).Document.FormWithField("StartDate");
        var slug = Unique.Name("unvollstaendig");
        var values = new Dictionary<string, string> { ["StartDate"] = "2027-05-02", ["StartTime"] = "18:00", [name] = value };
        if (name == "Street")
        {
            values["PlaceName"] = "";
        }

        var response = await form.PostAsync(staff, Fields(form, slug, values));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await Html.ParseAsync(response)).GetElementById($"{field}-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.False(await _site.WithDbAsync(db => db.Events.AnyAsync(e => e.Slug == slug)));
    }

    private static Dictionary<string, string> Fields(HtmlForm form, string slug, Dictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>
        {
            ["Slug"] = slug,
            ["State"] = "Published",
            ["Organizer"] = "Stabsstelle Integration",
            ["PlaceName"] = "Altes Rathaus",
            ["Street"] = "Markt 1",
            [AdminOfferForm.GermanField(form, "Title")] = "Nachtcafé " + slug,
            [AdminOfferForm.GermanField(form, "Description")] = "Ein Abend mit **Musik**.",
        };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return fields;
    }
}
