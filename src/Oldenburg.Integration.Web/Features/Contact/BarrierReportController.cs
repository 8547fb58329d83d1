using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// The feedback mechanism of the accessibility statement (BITV 2.0 § 7, Directive (EU) 2016/2102 Art. 7):
/// a reader reports a barrier, and the page it came from is recorded. Reports go to the staff inbox.
/// </summary>
[Route("{culture:culture}/contact/barrier")]
public sealed class BarrierReportController(
    OfficeQueries office,
    MessageSubmissions submissions,
    IOptions<ContactOptions> options,
    SiteAddress site) : Controller
{
    /// <summary>The standing page that holds the accessibility statement (seeded; see pages-seed.json).</summary>
    public const string StatementSlug = "barrierefreiheit";

    [HttpGet("")]
    public Task<IActionResult> Index(string? from, CancellationToken cancellationToken) =>
        PageAsync(new BarrierReportFormModel { From = LocalPaths.OrNull(from) }, cancellationToken);

    [HttpPost("")]
    [EnableRateLimiting(ContactServices.RateLimitPolicy)]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] BarrierReportFormModel form, CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        if (form.IsSpam())
        {
            return Redirect($"/{culture}/contact/barrier/thanks");
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(form, cancellationToken);
        }

        await submissions.SubmitAsync(PublicMessageKind.Accessibility, form, culture, new Uri(site.Root + "/"), cancellationToken);
        return Redirect($"/{culture}/contact/barrier/thanks");
    }

    [HttpGet("thanks")]
    public IActionResult Thanks() => View("Thanks", new MessageThanksViewModel(PublicMessageKind.Accessibility, options.Value.RetentionDays));

    private async Task<IActionResult> PageAsync(BarrierReportFormModel form, CancellationToken cancellationToken) =>
        View("Barrier", new BarrierReportPageViewModel(form, options.Value.RetentionDays, await office.GetAsync(CultureContext.Current, cancellationToken)));
}

public sealed record BarrierReportPageViewModel(BarrierReportFormModel Form, int RetentionDays, OfficeViewModel? Office);
