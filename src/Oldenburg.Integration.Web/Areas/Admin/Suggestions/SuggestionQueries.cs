using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Suggestions;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

public sealed class SuggestionQueries(AppDbContext db, SuggestionLookups lookups)
{
    public Task<int> OpenCountAsync(CancellationToken cancellationToken) =>
        db.PartnerSuggestions.CountAsync(s => s.Status == SuggestionStatus.Open, cancellationToken);

    public async Task<IReadOnlyList<SuggestionRowViewModel>> OpenAsync(CancellationToken cancellationToken) =>
        await db.PartnerSuggestions.AsNoTracking()
            .Where(s => s.Status == SuggestionStatus.Open)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Select(s => new SuggestionRowViewModel(s.Id, s.Name, s.PartnerId != null, s.Partner != null ? s.Partner.Name : null, s.Culture, s.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<SuggestionDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var suggestion = await db.PartnerSuggestions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (suggestion is null)
        {
            return null;
        }

        var current = suggestion.PartnerId is { } partnerId
            ? await PartnerSnapshot.LoadAsync(db, p => p.Id == partnerId, suggestion.Culture, cancellationToken)
            : null;
        var choices = await lookups.LoadAsync(ContentTranslation.SourceCulture, cancellationToken);
        return new SuggestionDetailsViewModel(suggestion, current, Compare(suggestion, current, choices));
    }

    public Task<SuggestionChoices> GermanChoicesAsync(CancellationToken cancellationToken) =>
        lookups.LoadAsync(ContentTranslation.SourceCulture, cancellationToken);

    private static List<ComparisonRow> Compare(PartnerSuggestion s, PartnerSnapshot? c, SuggestionChoices choices)
    {
        string Names(IReadOnlyList<LookupOption> options, IEnumerable<string> keys) =>
            string.Join(", ", keys.Select(k => SuggestionChoices.NameOf(options, k)));
        string YesNo(bool value) => value ? "Ja" : "Nein";
        var topics = SuggestionFormModel.SplitKeys(s.TopicKeys);
        var languages = SuggestionFormModel.SplitKeys(s.LanguageKeys);
        return
        [
            Row("Name", c?.Name, s.Name),
            Row("Art", SuggestionChoices.NameOf(choices.Types, c?.TypeKey), SuggestionChoices.NameOf(choices.Types, s.TypeKey)),
            Row("Themen", c is null ? null : Names(choices.Topics, c.TopicKeys), Names(choices.Topics, topics), c is not null && !c.TopicKeys.ToHashSet().SetEquals(topics)),
            Row("Sprachen", c is null ? null : Names(choices.Languages, c.LanguageKeys), Names(choices.Languages, languages), c is not null && !c.LanguageKeys.ToHashSet().SetEquals(languages)),
            Row("Stadtteil", SuggestionChoices.NameOf(choices.Districts, c?.DistrictKey), SuggestionChoices.NameOf(choices.Districts, s.DistrictKey)),
            Row("Straße", c?.Street, s.Street),
            Row("Postleitzahl", c?.PostalCode, s.PostalCode),
            Row("Ort", c?.City, s.City),
            Row("Telefon", c?.Phone, s.Phone),
            Row("E-Mail", c?.Email, s.Email),
            Row("Website", c?.Website, s.Website),
            Row("Barrierefrei", c is null ? null : YesNo(c.BarrierFree), YesNo(s.BarrierFree)),
            Row($"Kurzbeschreibung ({s.Culture})", c?.ShortDescription, s.ShortDescription),
            Row($"Beschreibung ({s.Culture})", c?.Description, s.Description),
            new ComparisonRow("Öffnungszeiten (Freitext)", c is null ? null : "im Eintrag strukturiert gepflegt", s.OpeningHoursText, false),
        ];

        ComparisonRow Row(string label, string? current, string? suggested, bool? changed = null) =>
            new(label, current, suggested, changed ?? (c is not null && Normalize(current) != Normalize(suggested)));
    }

    private static string Normalize(string? value) => value?.Trim() ?? "";
}

public sealed record SuggestionRowViewModel(int Id, string Name, bool IsCorrection, string? PartnerName, string Culture, DateTime CreatedAt);

public sealed record ComparisonRow(string Label, string? Current, string? Suggested, bool Changed);

public sealed record SuggestionDetailsViewModel(PartnerSuggestion Suggestion, PartnerSnapshot? Current, IReadOnlyList<ComparisonRow> Rows)
{
    public bool IsOpen => Suggestion.Status == SuggestionStatus.Open;

    public bool IsCorrection => Current is not null;

    /// <summary>Someone saved the entry after the suggestion was sent: accepting it may undo their edits.</summary>
    public bool EntryChangedSince => Current is not null && Current.UpdatedAt > Suggestion.CreatedAt;
}
