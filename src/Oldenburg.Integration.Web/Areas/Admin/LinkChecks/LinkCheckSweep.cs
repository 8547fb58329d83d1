using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

/// <summary>
/// The scheduled link check. It wakes every hour but checks only links whose last check is older
/// than LinkChecker:RecheckAfterHours, so restarts and several instances do not check a site again and again.
/// </summary>
public sealed class LinkCheckSweep(LinkCheckRun run, IOptions<LinkCheckerOptions> options) : IPeriodicSweep
{
    public static TimeSpan Interval => TimeSpan.FromHours(1);

    public static string Name => "link check";

    public async Task<int> RunAsync(DateTime utcNow, CancellationToken cancellationToken = default) =>
        (await run.RunAsync(utcNow.AddHours(-Math.Max(1, options.Value.RecheckAfterHours)), cancellationToken)).Checked;
}
