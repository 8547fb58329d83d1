using netDumbster.smtp;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A site whose office notifications go to a real SMTP server on a loopback port, and whose rate
/// limit is high enough for a collection of tests that all post the suggestion form.
/// </summary>
public sealed class SuggestionSite : SiteFactory
{
    public const string OfficeAddress = "integration-office@example.org";

    public SuggestionSite()
        : this(SimpleSmtpServer.Start())
    {
    }

    private SuggestionSite(SimpleSmtpServer smtp)
        : base(SettingsFor(smtp.Configuration.Port), dataDirectory: null)
    {
        Smtp = smtp;
    }

    public SimpleSmtpServer Smtp { get; }

    public static Dictionary<string, string?> SettingsFor(int smtpPort, int perHour = 1000) => new()
    {
        ["Security:LoginAttemptsPerMinute"] = "1000",
        ["Suggestions:PerHour"] = perHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Contact:PerHour"] = perHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "website@example.org",
        ["Smtp:To"] = OfficeAddress,
        ["Smtp:UseStartTls"] = "false",
    };

    /// <summary>Mail leaves through a background queue, so it arrives shortly after the request.</summary>
    public static async Task<SmtpMessage> WaitForMailAsync(SimpleSmtpServer smtp, Func<SmtpMessage, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var found = smtp.ReceivedEmail.Where(match).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found);
            }

            await Task.Delay(50);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Smtp.Stop();
            Smtp.Dispose();
        }
    }
}

/// <summary>Tests that post suggestions and moderate them share one site with a captured mailbox.</summary>
[CollectionDefinition(Name)]
public sealed class SuggestionSites : ICollectionFixture<SuggestionSite>
{
    public const string Name = "Suggestion site";
}
