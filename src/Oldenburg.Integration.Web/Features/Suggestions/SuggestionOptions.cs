namespace Oldenburg.Integration.Web.Features.Suggestions;

public sealed class SuggestionOptions
{
    public const string Section = "Suggestions";

    /// <summary>Days after which a suggestion's contact data and message are erased, even while it is open.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Suggestions one client address may post per hour.</summary>
    public int PerHour { get; set; } = 5;
}
