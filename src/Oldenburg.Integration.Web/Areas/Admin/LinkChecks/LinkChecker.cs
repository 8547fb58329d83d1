using System.Net;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

public sealed record LinkCheckResult(LinkCheckOutcome Outcome, int? StatusCode = null, string? RedirectTarget = null);

/// <summary>
/// Asks one address whether it still answers: HEAD first (no body to download), GET only when the
/// server refuses HEAD. Redirects are not followed but reported with their target, so staff can
/// update the link.
/// </summary>
public sealed class LinkChecker(IHttpClientFactory clients, IOptions<LinkCheckerOptions> options)
{
    public const string ClientName = "link-checker";

    public async Task<LinkCheckResult> CheckAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return new LinkCheckResult(LinkCheckOutcome.NotChecked);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var client = clients.CreateClient(ClientName);
        try
        {
            var status = await StatusAsync(client, HttpMethod.Head, uri, timeout.Token);
            if (status.Code is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)
            {
                status = await StatusAsync(client, HttpMethod.Get, uri, timeout.Token);
            }

            var code = (int)status.Code;
            return code switch
            {
                >= 300 and < 400 when status.Location is not null =>
                    new LinkCheckResult(LinkCheckOutcome.Redirected, code, new Uri(uri, status.Location).AbsoluteUri),
                >= 400 => new LinkCheckResult(LinkCheckOutcome.Broken, code),
                _ => new LinkCheckResult(LinkCheckOutcome.Ok, code),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LinkCheckResult(LinkCheckOutcome.TimedOut);
        }
        catch (HttpRequestException)
        {
            return new LinkCheckResult(LinkCheckOutcome.Unreachable);
        }
    }

    private static async Task<(HttpStatusCode Code, Uri? Location)> StatusAsync(HttpClient client, HttpMethod method, Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);

        // Headers only: the body of a GET is never read.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return (response.StatusCode, response.Headers.Location);
    }
}
