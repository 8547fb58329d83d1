namespace Oldenburg.Integration.Web.Domain;

public enum LinkCheckOutcome
{
    /// <summary>Never checked, or not an http(s) address.</summary>
    NotChecked,
    Ok,
    Redirected,
    Broken,
    TimedOut,

    /// <summary>No answer at all: the name does not resolve, the connection is refused, TLS fails.</summary>
    Unreachable,
}

/// <summary>The result of the last check of a link (stored with the link, one row per link).</summary>
public class LinkCheck
{
    public const int TargetMaxLength = 1_000;

    public LinkCheckOutcome Outcome { get; set; }

    public int? StatusCode { get; set; }

    /// <summary>Where a redirect points, absolute, for staff to take over.</summary>
    public string? RedirectTarget { get; set; }

    public DateTime? CheckedAt { get; set; }

    public void Record(LinkCheckOutcome outcome, int? statusCode, string? redirectTarget, DateTime? checkedAt)
    {
        Outcome = outcome;
        StatusCode = statusCode;
        RedirectTarget = redirectTarget;
        CheckedAt = checkedAt;
    }

    public void Reset() => Record(LinkCheckOutcome.NotChecked, null, null, null);

    public bool NeedsAttention => Outcome is LinkCheckOutcome.Broken or LinkCheckOutcome.TimedOut or LinkCheckOutcome.Unreachable or LinkCheckOutcome.Redirected;
}
