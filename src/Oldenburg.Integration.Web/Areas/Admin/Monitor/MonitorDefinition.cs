using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Monitor;

namespace Oldenburg.Integration.Web.Areas.Admin.Monitor;

/// <summary>
/// Indicators on the editorial core: drafts, revisions, audit and preview come from the shared
/// mechanism. Values and published years are edited beside it (ADR 0033) and evict the same tag.
/// </summary>
public sealed class MonitorDefinition(AppDbContext db, MonitorQueries publicQueries)
    : TitledContentDefinition<MonitorIndicator, MonitorIndicatorText, MonitorEditModel>(db)
{
    public const string ContentKey = "monitor";

    public override string Key => ContentKey;

    public override string Label => "Integrationsmonitor";

    public override ContentWording Wording { get; } = new(
        "Integrationsmonitor", "Neue Kennzahl", "Kennzahl bearbeiten", "diese Kennzahl", "sie", "Veröffentlichte Kennzahlen");

    protected override string PublicSegment => "monitor";

    protected override IOrderedQueryable<MonitorIndicator> Ordered(IQueryable<MonitorIndicator> items) =>
        items.OrderBy(i => i.SortOrder).ThenBy(i => i.Slug);

    public override object? FormInfo(MonitorIndicator item) => item.Id;

    /// <summary>The preview shows every year with values, published or not, so staff see a year before publishing it.</summary>
    public override async Task<PreviewPage?> PreviewAsync(MonitorIndicator item, string culture, CancellationToken cancellationToken) =>
        await publicQueries.IndicatorAsync(culture, item.Slug, includeUnpublished: true, cancellationToken) is { } view
            ? new PreviewPage("~/Features/Monitor/Details.cshtml", view, view.Info.Name)
            : null;
}

public sealed class MonitorController(MonitorDefinition definition, ContentEditing editing)
    : ContentAdminController<MonitorIndicator, MonitorEditModel>(definition, editing);
