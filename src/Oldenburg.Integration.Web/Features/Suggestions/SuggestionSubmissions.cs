using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>Stores a suggestion as open, then tells the office. It never touches a partner entry.</summary>
public sealed class SuggestionSubmissions(AppDbContext db, TimeProvider clock, SuggestionNotifier notifier)
{
    public async Task<int> SubmitAsync(SuggestionFormModel form, int? partnerId, string culture, Uri siteRoot, CancellationToken cancellationToken)
    {
        var suggestion = form.ToSuggestion(partnerId, culture, clock.GetUtcNow().UtcDateTime);
        db.PartnerSuggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);

        // After the save, so a failing relay can only lose the e-mail, never the suggestion.
        notifier.Notify(suggestion.Id, partnerId is not null, new Uri(siteRoot, $"/admin/suggestions/details/{suggestion.Id}"));
        return suggestion.Id;
    }
}
