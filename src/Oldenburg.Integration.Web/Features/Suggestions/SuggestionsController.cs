using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Features.Shared.PublicForms;
using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>The public "suggest a listing" form: a new organisation, or a correction of a published entry.</summary>
[Route("{culture:culture}/partners/" + Slugs.Suggest)]
public sealed class SuggestionsController(
    AppDbContext db,
    SuggestionLookups lookups,
    SuggestionSubmissions submissions,
    OfficeQueries office,
    IOptions<SuggestionOptions> options,
    SiteAddress site,
    IStringLocalizer<SuggestionsResource> localizer) : Controller
{
    private const string FormPrefix = "Form";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? partner, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(partner, cancellationToken);
        if (partner is not null && target is null)
        {
            return NotFound();
        }

        return View(await PageAsync(target?.ToForm() ?? new SuggestionFormModel(), target, cancellationToken));
    }

    [HttpPost("")]
    [EnableRateLimiting(SuggestionServices.RateLimitPolicy)]
    public async Task<IActionResult> Index(string? partner, [Bind(Prefix = FormPrefix)] SuggestionFormModel form, CancellationToken cancellationToken)
    {
        var culture = CultureContext.Current;
        if (form.IsSpam())
        {
            // Looks like success to the bot, so it has no reason to try variations.
            return Redirect($"/{culture}/partners/suggest/thanks");
        }

        var target = await TargetAsync(partner, cancellationToken);
        if (partner is not null && target is null)
        {
            return NotFound();
        }

        var choices = await lookups.LoadAsync(culture, cancellationToken);
        RejectUnknownChoices(form, choices);
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(form, target, cancellationToken, choices));
        }

        var siteRoot = new Uri(site.Root + "/");
        await submissions.SubmitAsync(form, target?.Id, culture, siteRoot, cancellationToken);
        return Redirect($"/{culture}/partners/suggest/thanks");
    }

    [HttpGet("thanks")]
    public IActionResult Thanks() => View(options.Value.RetentionDays);

    private Task<PartnerSnapshot?> TargetAsync(string? slug, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(slug) || slug.Length > 120
            ? Task.FromResult<PartnerSnapshot?>(null)
            : PartnerSnapshot.PublishedBySlugAsync(db, slug, CultureContext.Current, cancellationToken);

    private async Task<SuggestionPageViewModel> PageAsync(
        SuggestionFormModel form, PartnerSnapshot? target, CancellationToken cancellationToken, SuggestionChoices? choices = null)
    {
        var culture = CultureContext.Current;
        choices ??= await lookups.LoadAsync(culture, cancellationToken);
        return new SuggestionPageViewModel(
            form, choices, target?.Name, target?.Slug, options.Value.RetentionDays, await office.GetAsync(culture, cancellationToken));
    }

    /// <summary>A forged or outdated key gets a message next to its field rather than a server error.</summary>
    private void RejectUnknownChoices(SuggestionFormModel form, SuggestionChoices choices)
    {
        Check(nameof(SuggestionFormModel.TypeKey), form.TypeKey is null ? [] : [form.TypeKey], choices.Types);
        Check(nameof(SuggestionFormModel.DistrictKey), form.DistrictKey is null ? [] : [form.DistrictKey], choices.Districts);
        Check(nameof(SuggestionFormModel.TopicKeys), form.TopicKeys, choices.Topics);
        Check(nameof(SuggestionFormModel.LanguageKeys), form.LanguageKeys, choices.Languages);

        void Check(string field, IEnumerable<string> keys, IReadOnlyList<LookupOption> options)
        {
            var known = options.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            if (keys.Any(k => !string.IsNullOrEmpty(k) && !known.Contains(k)))
            {
                ModelState.AddModelError($"{FormPrefix}.{field}", localizer["Validation.UnknownChoice"]);
            }
        }
    }
}

public sealed record SuggestionPageViewModel(
    SuggestionFormModel Form,
    SuggestionChoices Choices,
    string? PartnerName,
    string? PartnerSlug,
    int RetentionDays,
    OfficeViewModel? Office)
{
    public bool IsCorrection => PartnerSlug is not null;
}
