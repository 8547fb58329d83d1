using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>The integration concept "Vielfalt gemeinsam gestalten" and its fields of action (ADR 0029).</summary>
[Route("{culture:culture}/concept")]
[OutputCache(PolicyName = PublicPages.Concept)]
public sealed class ConceptController(ConceptQueries concept) : Controller
{
    [HttpGetOrHead("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await concept.PageAsync(CultureContext.Current, previewId: null, cancellationToken));
}
