using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure.Mail;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>Stores a suggestion as open, then tells the office. It never touches a partner entry.</summary>
public sealed class SuggestionSubmissions(AppDbContext db, TimeProvider clock, OfficeNotifier notifier)
{
    public async Task<int> SubmitAsync(SuggestionFormModel form, int? partnerId, string culture, Uri siteRoot, CancellationToken cancellationToken)
    {
        var suggestion = form.ToSuggestion(partnerId, culture, clock.GetUtcNow().UtcDateTime);
        db.PartnerSuggestions.Add(suggestion);
        await db.SaveChangesAsync(cancellationToken);

        // After the save, so a failing relay can only lose the e-mail, never the suggestion.
        var isCorrection = partnerId is not null;
        notifier.Notify(
            isCorrection ? "Neuer Korrekturvorschlag für das Partnerverzeichnis" : "Neuer Eintragsvorschlag für das Partnerverzeichnis",
            $"Über die Website ist ein neuer Vorschlag ({(isCorrection ? "Korrektur eines Eintrags" : "neuer Eintrag")}) eingegangen.",
            new Uri(siteRoot, $"/admin/suggestions/details/{suggestion.Id}"),
            $"suggestion {suggestion.Id}");
        return suggestion.Id;
    }
}
