using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using Microsoft.EntityFrameworkCore;

using netDumbster.smtp;

using Oldenburg.Integration.Tests.Functional.Suggestions;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Mail;

/// <summary>Each test needs its own site: a relay that hangs, one that is down and comes back, bad settings.</summary>
public sealed class MailOutboxTests
{
    [Fact]
    public async Task Post_RelayNeverAnswers_RespondsWithoutWaitingForSmtp()
    {
        // Accepts connections (through the backlog) but never sends a greeting.
        using var silentRelay = new TcpListener(IPAddress.Loopback, 0);
        silentRelay.Start();
        using var site = SiteFactory.Create(SuggestionSite.SettingsFor(((IPEndPoint)silentRelay.LocalEndpoint).Port));
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Relay-stumm");

        var watch = Stopwatch.StartNew();
        var response = await form.PostAsync(client, SuggestionFormTests.Valid(name));
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"The POST took {watch.Elapsed}.");
        Assert.True(await site.WithDbAsync(db => db.PartnerSuggestions.AnyAsync(s => s.Name == name)));
    }

    [Theory]
    [InlineData("false", "false")]
    [InlineData("false", null)]
    public void Start_UserNameWithoutTls_RefusesNamingTheSettings(string startTls, string? allowInsecure)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "website@example.org",
            ["Smtp:To"] = "office@example.org",
            ["Smtp:UserName"] = "website",
            ["Smtp:Password"] = "secret",
            ["Smtp:UseStartTls"] = startTls,
        };
        if (allowInsecure is not null)
        {
            settings["Smtp:AllowInsecureAuthentication"] = allowInsecure;
        }

        using var site = SiteFactory.Create(settings);

        var exception = Record.Exception(() => site.CreateClient());

        Assert.NotNull(exception);
        Assert.Contains("Smtp:AllowInsecureAuthentication", exception.ToString(), StringComparison.Ordinal);
        Assert.Contains("Smtp:UseStartTls", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UserNameWithoutTlsExplicitlyAllowed_Starts()
    {
        using var site = SiteFactory.Create(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:From"] = "website@example.org",
            ["Smtp:To"] = "office@example.org",
            ["Smtp:UserName"] = "website",
            ["Smtp:UseStartTls"] = "false",
            ["Smtp:AllowInsecureAuthentication"] = "true",
        });

        var response = await site.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Reads the site's log file, so it runs with the other log-file tests.</summary>
[Collection(SerialLogFileTests.Name)]
public sealed class MailRetryTests
{
    [Fact]
    public async Task Post_RelayDownThenBack_LogsFailureKeepsSuggestionAndDeliversOnRetry()
    {
        var port = MailOutboxTests.ClosedPort();
        var settings = SuggestionSite.SettingsFor(port);
        settings["Smtp:RetryDelay"] = "00:00:00.300";
        settings["Smtp:MaxAttempts"] = "100";
        settings["Logging:File:Enabled"] = "true";
        using var site = SiteFactory.Create(settings);
        var client = site.CreateClient();
        var form = (await client.GetPageAsync("/de/partners/suggest")).Document.FormWithField("Form.Name");
        var name = Unique.Name("Relay-zurueck");

        var response = await form.PostAsync(client, SuggestionFormTests.Valid(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = await site.WithDbAsync(db => db.PartnerSuggestions.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        await WaitForLogAsync(site, $"Sending the mail for suggestion {id} failed on attempt 1");

        using var relay = SimpleSmtpServer.Start(port);
        var mail = await SuggestionSite.WaitForMailAsync(relay, m => m.Data.Contains($"/admin/suggestions/details/{id}", StringComparison.Ordinal));
        Assert.Contains(SuggestionSite.OfficeAddress, mail.ToAddresses.Select(a => a.ToString()));
        relay.Stop();
    }

    private static async Task WaitForLogAsync(SiteFactory site, string text)
    {
        var folder = Path.Combine(site.DataDirectory, "logs");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var logs = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.log") : [];
            var content = string.Concat(logs.Select(ReadShared));
            if (content.Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The log never said: {text}");
            await Task.Delay(100);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
