using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Audit;

/// <summary>The audit log of staff actions. It names people and their sign-ins, so only administrators read it.</summary>
[Authorize(Roles = StaffRoles.Administrator)]
public sealed class AuditController(AuditQueries queries) : AdminController
{
    // Strings, not DateOnly/int parameters: unreadable input becomes a German message, not a binding error.
    // "activity", not "action": that name is taken by the route value.
    [HttpGet]
    public async Task<IActionResult> Index(string? person, string? type, string? activity, string? from, string? to, string? page, CancellationToken cancellationToken)
    {
        var filter = AuditFilter.Parse(person, type, activity, from, to, page);
        return View(await queries.PageAsync(filter, cancellationToken));
    }
}
