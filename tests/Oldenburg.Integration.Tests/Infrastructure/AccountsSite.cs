using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using netDumbster.smtp;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A site whose staff mail (invitations, password resets) goes to a real SMTP server on a loopback
/// port, on a clock the test moves. No office address is configured: staff mail must not need one.
/// </summary>
public sealed partial class AccountsSite : SiteFactory
{
    public AccountsSite()
        : this(SimpleSmtpServer.Start())
    {
    }

    private AccountsSite(SimpleSmtpServer smtp)
        : base(
            new Dictionary<string, string?>
            {
                ["Smtp:Host"] = "127.0.0.1",
                ["Smtp:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Smtp:From"] = "website@example.org",
                ["Smtp:UseStartTls"] = "false",
            },
            dataDirectory: null)
    {
        Smtp = smtp;
    }

    public SimpleSmtpServer Smtp { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The plain-text body of the one mail to <paramref name="address"/> whose subject contains <paramref name="subject"/>; mail leaves through a background queue.</summary>
    public async Task<string> MailBodyAsync(string address, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var found = Messages(address).Where(m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal)).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                return Assert.Single(found).TextBody ?? "";
            }

            await Task.Delay(50);
        }
    }

    public IReadOnlyList<MimeMessage> Messages(string address) =>
        [.. Smtp.ReceivedEmail
            .Where(m => m.ToAddresses.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => Parse(m.Data))];

    private static MimeMessage Parse(string data)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(data));
        return MimeMessage.Load(stream);
    }

    /// <summary>The site-relative part of the first link to the configured base address in a mail body.</summary>
    public static string LinkIn(string body)
    {
        var match = LinkPattern().Match(body);
        Assert.True(match.Success, "The mail holds no link to the site: " + body);
        return new Uri(match.Value).PathAndQuery;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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

    [GeneratedRegex(@"https://integration\.test/\S+")]
    private static partial Regex LinkPattern();
}

/// <summary>Account lifecycle tests share one site with a captured mailbox and a movable clock.</summary>
[CollectionDefinition(Name)]
public sealed class AccountsSites : ICollectionFixture<AccountsSite>
{
    public const string Name = "Accounts site";
}
