namespace Oldenburg.Integration.Web.Domain;

/// <summary>A translation picked for a reader, and whether it is the German fallback.</summary>
public sealed record Localized<T>(T Value, string Culture, bool IsFallback)
    where T : ContentTranslation;

public static class TranslationExtensions
{
    /// <summary>
    /// The reader's language if it exists, else German. Returns null only when an item has
    /// no German text at all, which validation prevents.
    /// </summary>
    public static Localized<T>? ForCulture<T>(this IEnumerable<T> translations, string culture)
        where T : ContentTranslation
    {
        T? source = null;
        foreach (var translation in translations)
        {
            if (translation.Culture == culture)
            {
                return new Localized<T>(translation, culture, IsFallback: false);
            }

            if (translation.Culture == ContentTranslation.SourceCulture)
            {
                source = translation;
            }
        }

        return source is null ? null : new Localized<T>(source, ContentTranslation.SourceCulture, IsFallback: true);
    }
}
