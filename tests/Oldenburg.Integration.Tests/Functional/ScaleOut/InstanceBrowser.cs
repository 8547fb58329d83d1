using System.Collections.Concurrent;

namespace Oldenburg.Integration.Tests.Functional.ScaleOut;

/// <summary>
/// A browser that visits several instances of the site as if they were one address behind TLS: it
/// says so with X-Forwarded-Proto (the instances trust loopback as a proxy) and sends its cookies,
/// Secure ones included, to every instance. HttpClient's own cookie store keeps cookies per host and
/// port and holds Secure cookies back from http, which is exactly what a load balancer hides.
/// </summary>
public sealed class InstanceBrowser : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    private InstanceBrowser()
        : base(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
    }

    public static HttpClient Create() => new(new InstanceBrowser()) { Timeout = TimeSpan.FromSeconds(30) };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Add("X-Forwarded-Proto", "https");
        if (!_cookies.IsEmpty)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = header.Split(';', 2)[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
            if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
            {
                _cookies.TryRemove(name, out _);
            }
            else
            {
                _cookies[name] = value;
            }
        }

        return response;
    }
}
