using System.Net;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// Put in front of the link checker's client in every test site: a request to anything but the
/// loopback test server fails as unreachable before it leaves the machine, so no test reaches the internet.
/// </summary>
public sealed class LoopbackOnlyLinkChecks : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.RequestUri is { } uri && IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address)
            ? base.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"Tests do not reach {request.RequestUri?.Host}.");
}
