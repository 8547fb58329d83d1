using System.Collections.Concurrent;

using Microsoft.Playwright;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>
/// Nothing a visitor's browser loads may come from anywhere but the site itself: no CDN, font
/// service, analytics or map tile. Records every request of a page and blocks the foreign ones,
/// so that even a failing test sends nothing off the machine.
/// </summary>
public sealed class LocalRequestGuard(Uri site)
{
    private readonly ConcurrentQueue<string> _requests = new();

    public IReadOnlyCollection<string> Requests => _requests;

    public IReadOnlyList<string> ForeignRequests => [.. _requests.Where(url => !IsAllowed(url))];

    public async Task AttachAsync(IBrowserContext context)
    {
        await context.RouteAsync(url => !IsAllowed(url), route => route.AbortAsync("blockedbyclient"));
    }

    public void Watch(IPage page) => page.Request += (_, request) => _requests.Enqueue(request.Url);

    public bool IsAllowed(string url)
    {
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, site.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, site.Authority, StringComparison.OrdinalIgnoreCase);
    }

    public void AssertNothingLeftTheMachine()
    {
        var foreign = ForeignRequests;
        Assert.True(
            foreign.Count == 0,
            $"{foreign.Count} request(s) went to a host other than {site.Authority}:{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", foreign.Distinct()));
    }
}
