using Microsoft.AspNetCore.Mvc;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>
/// "Fields of action of the integration concept" on an offer's or partner's page, linking to their
/// anchors on the concept page. Those pages' cache policies carry the "fieldsofaction" tag for it.
/// </summary>
public sealed class ConceptLinksViewComponent(ConceptQueries concept) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ConceptLinkSource source, string slug) =>
        await concept.LinkingAsync(source, slug, CultureContext.Current, HttpContext.RequestAborted) is { Count: > 0 } links
            ? View(links)
            : Content("");
}
