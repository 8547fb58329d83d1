using System.Globalization;
using System.Text;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Folds text for case- and accent-insensitive search in every script the site serves, in C#
/// rather than by database collation, so SQLite and SQL Server find exactly the same entries.
/// Stored texts and queries are folded the same way and compared with a plain substring match.
/// </summary>
public static class SearchFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                // Accents, umlaut dots, Arabic vowel marks (harakat) and the Turkish dot above İ.
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.Format: // zero-width joiners used in Persian
                    continue;
            }

            builder.Append(FoldChar(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string FoldChar(char c) => c switch
    {
        'ß' or 'ẞ' => "ss",
        'ı' => "i", // Turkish dotless i
        'ـ' => "", // Arabic tatweel (kashida) only stretches a word
        'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
        'ى' => "ي",
        'ة' => "ه",
        'ک' => "ك",
        'ی' or 'ي' => "ي",
        'ё' => "е",
        _ => char.ToLowerInvariant(c).ToString(),
    };
}
