using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Suggestions;

namespace Oldenburg.Integration.Web.Areas.Admin.Dashboard;

public sealed record AttentionItem(ContentEntry Entry, string KindLabel)
{
    public DateTime? NextScheduled => Entry.PublishAt is { } publish && (Entry.UnpublishAt is not { } unpublish || publish < unpublish)
        ? publish
        : Entry.UnpublishAt;
}

/// <summary>The first few items of a section and how many there are in all, so a long list links on instead of filling the page.</summary>
public sealed record Shortlist<T>(IReadOnlyList<T> Items, int Total)
{
    public const int Size = 10;

    public int More => Total - Items.Count;
}

public sealed record DashboardViewModel(
    Shortlist<AttentionItem> Drafts,
    Shortlist<AttentionItem> InReview,
    Shortlist<AttentionItem> Scheduled,
    Shortlist<SuggestionRowViewModel>? Suggestions,
    Shortlist<PartnerRow>? StalePartners,
    int StaleAfterDays,
    IReadOnlyList<DashboardSection> Sections);

/// <summary>
/// A section another feature adds to the dashboard (e.g. outdated translations, messages): the
/// name of a view component that renders one <c>&lt;section&gt;</c> with an <c>h2</c>, and its place.
/// Register with <c>services.AddSingleton(new DashboardSection("MyComponent", 30))</c>.
/// A section about one content type names its key and is shown to whoever may edit that type; a
/// section without one is site-wide and hidden from restricted accounts.
/// </summary>
public sealed record DashboardSection(string ViewComponent, int Order, string? ContentKey = null);
