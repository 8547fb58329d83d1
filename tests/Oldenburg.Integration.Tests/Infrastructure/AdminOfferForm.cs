using Microsoft.EntityFrameworkCore;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>The admin offer form posts one text block per culture as Texts[i]; this finds the German one.</summary>
public static class AdminOfferForm
{
    public static string GermanField(HtmlForm form, string property)
    {
        var culture = form.Fields.FirstOrDefault(f => f.Key.StartsWith("Texts[", StringComparison.Ordinal)
            && f.Key.EndsWith("].Culture", StringComparison.Ordinal) && f.Value == "de");
        Assert.False(culture.Key is null, "The offer form has no German text block.");
        return culture.Key[..^"Culture".Length] + property;
    }

    public static Task<string> StoredGermanTitleAsync(SiteFactory site, int offerId) =>
        site.WithDbAsync(db => db.OfferTranslations
            .Where(t => t.OfferId == offerId && t.Culture == "de")
            .Select(t => t.Title)
            .SingleAsync());
}
