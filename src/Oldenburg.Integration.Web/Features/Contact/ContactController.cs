using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Offers;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;
using Oldenburg.Integration.Web.Features.Suggestions;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// The contact page with the office's details, and the message form on a page of its own: the form
/// carries an antiforgery token and is never cached, while the contact page is.
/// </summary>
[Route("{culture:culture}/contact")]
public sealed class ContactController(
    OfficeQueries office,
    OfferQueries offers,
    MessageSubmissions submissions,
    IOptions<ContactOptions> options,
    SiteAddress site,
    IStringLocalizer<ContactResource> localizer) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGetOrHead("")]
    [OutputCache(PolicyName = PublicPages.Contact)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await office.GetAsync(CultureContext.Current, cancellationToken) is { } profile ? View(profile) : NotFound();

    [HttpGet("message")]
    public Task<IActionResult> Message(CancellationToken cancellationToken) => PageAsync(new ContactFormModel(), cancellationToken);

    [HttpPost("message")]
    [EnableRateLimiting(ContactServices.RateLimitPolicy)]
    public async Task<IActionResult> Message([Bind(Prefix = FormPrefix)] ContactFormModel form, CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        if (form.IsSpam())
        {
            // Looks like success to the bot, so it has no reason to try variations.
            return Redirect($"/{culture}/contact/thanks");
        }

        var tasks = await TasksAsync(cancellationToken);
        if (!string.IsNullOrEmpty(form.TaskKey) && !tasks.Any(t => t.Key == form.TaskKey))
        {
            ModelState.AddModelError($"{FormPrefix}.{nameof(ContactFormModel.TaskKey)}", localizer["Validation.UnknownChoice"]);
        }

        if (!ModelState.IsValid)
        {
            return await PageAsync(form, cancellationToken, tasks);
        }

        await submissions.SubmitAsync(PublicMessageKind.Contact, form, culture, new Uri(site.Root + "/"), cancellationToken);
        return Redirect($"/{culture}/contact/thanks");
    }

    [HttpGet("thanks")]
    public IActionResult Thanks() => View(new MessageThanksViewModel(PublicMessageKind.Contact, options.Value.RetentionDays));

    private async Task<IActionResult> PageAsync(ContactFormModel form, CancellationToken cancellationToken, IReadOnlyList<LookupOption>? tasks = null)
    {
        var culture = CultureContext.Current;
        var profile = await office.GetAsync(culture, cancellationToken);
        return profile is null
            ? NotFound()
            : View("Message", new ContactMessagePageViewModel(profile, form, tasks ?? await TasksAsync(cancellationToken), options.Value.RetentionDays));
    }

    /// <summary>The office's published tasks in the reader's language; the form posts an offer's slug.</summary>
    private async Task<IReadOnlyList<LookupOption>> TasksAsync(CancellationToken cancellationToken) =>
        [.. (await offers.PublishedAsync(CultureContext.Current, cancellationToken)).Select(o => new LookupOption(o.Slug, o.Title))];
}

public sealed record ContactMessagePageViewModel(OfficeViewModel Office, ContactFormModel Form, IReadOnlyList<LookupOption> Tasks, int RetentionDays);

public sealed record MessageThanksViewModel(PublicMessageKind Kind, int RetentionDays);
