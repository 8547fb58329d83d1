namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

/// <summary>Configuration section "LinkChecker".</summary>
public sealed class LinkCheckerOptions
{
    public const string Section = "LinkChecker";

    /// <summary>How long one request may take before the link counts as timed out.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Requests at a time: a few, so that no site sees a burst from the city.</summary>
    public int MaxParallel { get; set; } = 3;

    /// <summary>The scheduled run checks links whose last check is at least this old.</summary>
    public double RecheckAfterHours { get; set; } = 24;

    /// <summary>Whether the hosted service checks on a schedule; off in tests, which must never reach the internet.</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>
    /// Whether addresses inside the network (loopback, private, link-local) may be requested. Off in
    /// production: a link typed by staff must not make the server probe its own network. Tests turn it on
    /// for their local server.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public TimeSpan Timeout => TimeSpan.FromSeconds(Math.Clamp(TimeoutSeconds, 0.1, 120));

    public int Parallel => Math.Clamp(MaxParallel, 1, 10);
}
