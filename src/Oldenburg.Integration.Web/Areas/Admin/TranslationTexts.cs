using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin;

/// <summary>One language's block of text fields in a content form.</summary>
public interface ITextEditModel
{
    string Culture { get; }

    bool IsEmpty { get; }
}

/// <summary>
/// A field every filled-in language block needs. <paramref name="GermanMessage"/> is shown when the
/// German text lacks it; for a translation the message is built from <paramref name="Label"/>
/// ("den Titel").
/// </summary>
public sealed record RequiredText<TText>(string Property, Func<TText, string?> Value, string GermanMessage, string Label);

/// <summary>
/// The rules every translated content form shares (ADR 0005): German is required, other languages
/// are complete or empty, and emptying a translation removes it. Kept in one place so that offers,
/// pages and later content types cannot drift apart.
/// </summary>
public static class TranslationTexts
{
    public static IEnumerable<ValidationResult> Validate<TText>(
        IReadOnlyList<TText> texts, string listName, params RequiredText<TText>[] required)
        where TText : ITextEditModel
    {
        if (texts.Select(t => t.Culture).Distinct(StringComparer.Ordinal).Count() != texts.Count
            || texts.Any(t => !SupportedCultures.IsSupported(t.Culture)))
        {
            yield return new ValidationResult("Die Sprachen des Formulars sind ungültig. Bitte laden Sie die Seite neu.");
            yield break;
        }

        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            var isSource = text.Culture == ContentTranslation.SourceCulture;
            if (!isSource && text.IsEmpty)
            {
                continue;
            }

            var language = SupportedCultures.NativeName(text.Culture);
            foreach (var field in required)
            {
                if (string.IsNullOrWhiteSpace(field.Value(text)))
                {
                    yield return new ValidationResult(
                        isSource ? field.GermanMessage : $"Bitte geben Sie {field.Label} ({language}) ein oder leeren Sie alle Felder dieser Sprache.",
                        [$"{listName}[{i}].{field.Property}"]);
                }
            }
        }
    }

    /// <summary>Adds, updates or removes translations so that they match the form's language blocks.</summary>
    public static void ApplyTo<TText, TTranslation>(
        IEnumerable<TText> texts, ICollection<TTranslation> translations, Action<TText, TTranslation> copy)
        where TText : ITextEditModel
        where TTranslation : ContentTranslation, new()
    {
        foreach (var text in texts)
        {
            var existing = translations.FirstOrDefault(t => t.Culture == text.Culture);
            if (text.IsEmpty && text.Culture != ContentTranslation.SourceCulture)
            {
                if (existing is not null)
                {
                    translations.Remove(existing);
                }

                continue;
            }

            if (existing is null)
            {
                existing = new TTranslation { Culture = text.Culture };
                translations.Add(existing);
            }

            copy(text, existing);
        }
    }
}
