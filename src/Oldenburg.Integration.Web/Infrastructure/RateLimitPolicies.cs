using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class RateLimitPolicies
{
    /// <summary>
    /// A fixed-window policy counted per client address. The address lives only in the limiter's memory
    /// for one window, which is what the privacy notices of the public forms promise.
    /// </summary>
    public static RateLimiterOptions AddPerClientPolicy(this RateLimiterOptions options, string policy, int permitLimit, TimeSpan window)
    {
        options.AddPolicy(policy, context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window }));
        return options;
    }
}
