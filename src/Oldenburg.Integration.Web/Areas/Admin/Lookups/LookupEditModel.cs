using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

/// <summary>What the form for a type, topic, district or language posts.</summary>
public sealed partial class LookupEditModel : IValidatableObject, IVersionedEditModel
{
    // ISO 639-1 or -3 code, optionally with a script or region subtag as in BCP 47 (e.g. "sr-latn").
    public const string LanguageKeyPattern = "^[a-z]{2,3}(-[a-z0-9]{2,8})?$";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(LookupItem.KeyMaxLength, ErrorMessage = "Validation.MaxLength")]
    [RegularExpression(Slugs.Pattern, ErrorMessage = Slugs.PatternMessage)]
    [Display(Name = "Schlüssel")]
    public string Key { get; set; } = "";

    [Range(0, 999, ErrorMessage = "Validation.Range")]
    [Display(Name = "Reihenfolge")]
    public int SortOrder { get; set; }

    public List<LookupNameEditModel> Names { get; set; } = [];

    /// <summary>The stored version the form was loaded from (see docs/adr/0007-optimistic-concurrency.md).</summary>
    public long LoadedVersion { get; set; }

    /// <summary>Who saved the loaded version; shown in a conflict, never posted.</summary>
    [BindNever]
    public string UpdatedBy { get; set; } = "";

    public static LookupEditModel Empty() => new() { Names = [.. SupportedCultures.Names.Select(c => new LookupNameEditModel { Culture = c })] };

    public static LookupEditModel From(LookupItem item, IEnumerable<LookupTranslation> translations) => new()
    {
        Key = item.Key,
        SortOrder = item.SortOrder,
        LoadedVersion = item.UpdatedAt.Ticks,
        UpdatedBy = item.UpdatedBy,
        Names = [.. SupportedCultures.Names.Select(c => new LookupNameEditModel { Culture = c, Name = translations.FirstOrDefault(t => t.Culture == c)?.Name })],
    };

    public string GermanName => Names.FirstOrDefault(n => n.Culture == ContentTranslation.SourceCulture)?.Name?.Trim() ?? Key;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Names.Select(n => n.Culture).Distinct(StringComparer.Ordinal).Count() != Names.Count
            || Names.Any(n => !SupportedCultures.IsSupported(n.Culture))
            || !Names.Any(n => n.Culture == ContentTranslation.SourceCulture))
        {
            yield return new ValidationResult("Die Sprachen des Formulars sind ungültig. Bitte laden Sie die Seite neu.");
            yield break;
        }

        var german = Names.FindIndex(n => n.Culture == ContentTranslation.SourceCulture);
        if (string.IsNullOrWhiteSpace(Names[german].Name))
        {
            yield return new ValidationResult("Bitte geben Sie den deutschen Namen ein.", [$"{nameof(Names)}[{german}].{nameof(LookupNameEditModel.Name)}"]);
        }
    }

    /// <summary>Languages are keyed by their ISO 639 code, which the route decides, not the form.</summary>
    public static bool IsLanguageKey(string key) => LanguageKey().IsMatch(key);

    [GeneratedRegex(LanguageKeyPattern)]
    private static partial Regex LanguageKey();
}

public sealed class LookupNameEditModel
{
    public string Culture { get; set; } = "";

    [StringLength(LookupItem.NameMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Name")]
    public string? Name { get; set; }
}
