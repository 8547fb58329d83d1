using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

// Room for a 1 MB logo and the form's texts; a bigger request is refused before it is read.
[RequestSizeLimit(4 * 1024 * 1024)]
public sealed class PartnersController(PartnerDefinition definition, ContentEditing editing, PartnerAdminQueries queries, AppDbContext db, LogoStore logos)
    : ContentAdminController<Partner, PartnerEditModel>(definition, editing)
{
    /// <summary>The directory has thousands of entries, so its list filters and pages instead of the shared list.</summary>
    [HttpGet]
    public override async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        // Bad values are ignored rather than refused, so model state is not consulted.
        var query = new PartnerListQuery();
        await TryUpdateModelAsync(query, prefix: "");
        ViewData["Query"] = query;
        return View(await queries.ListAsync(query, cancellationToken));
    }

    /// <summary>The stored logo for the form's preview; drafts' logos must not be public, so staff get their own route.</summary>
    [HttpGet]
    public async Task<IActionResult> Logo(int id, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.FindAsync([id], cancellationToken);
        return await logos.FindAsync(partner?.LogoFile, cancellationToken) is { } logo
            ? File(logo.Content, logo.ContentType)
            : NotFound();
    }
}

public sealed record PartnerEditInfo(bool HasLogo, DateTime? LastCheckedAt, string? LastCheckedBy, bool IsSample = false);
