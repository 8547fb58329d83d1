using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Suggestions;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

/// <summary>Writes accepted values onto a partner entry: lookup keys become the lookup rows, texts go to one language.</summary>
public sealed class SuggestionMapper(AppDbContext db)
{
    /// <returns>False when the type key no longer exists (a lookup was deleted meanwhile).</returns>
    public async Task<bool> ApplyAsync(SuggestionReviewModel values, Partner partner, CancellationToken cancellationToken)
    {
        var type = await db.PartnerTypes.SingleOrDefaultAsync(t => t.Key == values.TypeKey, cancellationToken);
        if (type is null)
        {
            return false;
        }

        partner.Name = values.Name!.Trim();
        partner.PartnerTypeId = type.Id;
        partner.DistrictId = values.DistrictKey is null
            ? null
            : await db.Districts.Where(d => d.Key == values.DistrictKey).Select(d => (int?)d.Id).SingleOrDefaultAsync(cancellationToken);
        var topicKeys = values.TopicKeys.ToList();
        var languageKeys = values.LanguageKeys.ToList();
        Replace(partner.Topics, await db.Topics.Where(t => topicKeys.Contains(t.Key)).ToListAsync(cancellationToken));
        Replace(partner.Languages, await db.ServiceLanguages.Where(l => languageKeys.Contains(l.Key)).ToListAsync(cancellationToken));
        partner.Street = Blank(values.Street);
        partner.PostalCode = Blank(values.PostalCode);
        partner.City = Blank(values.City);
        partner.Phone = Blank(values.Phone);
        partner.Email = Blank(values.Email);
        partner.Website = WebAddress.Normalize(values.Website);
        partner.BarrierFree = values.BarrierFree;
        ApplyTexts(values, partner);
        return true;
    }

    public async Task<string> UniqueSlugAsync(string name, CancellationToken cancellationToken)
    {
        var stem = SlugFor(name);
        var candidate = stem;
        for (var n = 2; Slugs.IsReserved(candidate) || await db.Partners.AnyAsync(p => p.Slug == candidate, cancellationToken); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    /// <summary>German transliteration (ä → ae), then a–z, 0–9 and single hyphens; "partner" for names in other scripts.</summary>
    public static string SlugFor(string name)
    {
        var text = name.ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > 80)
        {
            slug = slug[..80].TrimEnd('-');
        }

        return slug.Length == 0 ? "partner" : slug;
    }

    /// <summary>
    /// A correction form is pre-filled with the text the reader saw, possibly the German fallback;
    /// unchanged text must not be copied into the reader's language as if it were a translation.
    /// </summary>
    private static void ApplyTexts(SuggestionReviewModel values, Partner partner)
    {
        var shortDescription = values.ShortDescription?.Trim() ?? "";
        var description = Blank(values.Description);
        var shown = partner.Translations.ForCulture(values.TextCulture)?.Value;
        if (partner.Id != 0 && shown is not null && shown.ShortDescription == shortDescription && shown.Description == description)
        {
            return;
        }

        var translation = partner.Translations.FirstOrDefault(t => t.Culture == values.TextCulture);
        if (translation is null)
        {
            translation = new PartnerTranslation { Culture = values.TextCulture };
            partner.Translations.Add(translation);
        }

        translation.ShortDescription = shortDescription;
        translation.Description = description;
    }

    private static void Replace<T>(ICollection<T> current, List<T> wanted)
    {
        foreach (var item in current.Except(wanted).ToList())
        {
            current.Remove(item);
        }

        foreach (var item in wanted.Except(current).ToList())
        {
            current.Add(item);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
