using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Access;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Areas.Admin.LinkChecks;

/// <summary>The link checker's report, and the button that runs it now.</summary>
[ContentGrant(LinkDefinition.ContentKey)]
public sealed class LinkChecksController(LinkCheckQueries queries, LinkCheckRun run, AuditLog audit) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.ReportAsync(cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Run(CancellationToken cancellationToken)
    {
        var summary = await run.RunAsync(checkedBefore: null, cancellationToken);
        await audit.RecordAsync(
            AuditActions.LinksChecked, StaffName, LinkDefinition.ContentKey, null, "Linkprüfung", $"{summary.Checked} geprüft, {summary.NeedAttention} auffällig", cancellationToken);
        Flash(summary.Checked == 0
            ? "Es gibt noch keine Links zu prüfen."
            : $"{summary.Checked} Links geprüft. {(summary.NeedAttention == 0 ? "Alle sind in Ordnung." : $"{summary.NeedAttention} brauchen Aufmerksamkeit.")}");
        return RedirectToAction(nameof(Index));
    }
}
