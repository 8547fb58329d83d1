namespace Oldenburg.Integration.Web.Infrastructure.Audit;

public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Days an audit entry is kept before the retention service deletes it.</summary>
    public int RetentionDays { get; set; } = 365;
}
