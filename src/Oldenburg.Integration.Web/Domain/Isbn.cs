namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// The one ISBN rule: ISBN-10 (weights 10..1, mod 11, X = 10 in the last place) or ISBN-13
/// (weights 1,3 alternating, mod 10, prefix 978/979). Hyphens and spaces are how ISBNs are
/// printed, so they are allowed and dropped.
/// </summary>
public static class Isbn
{
    public const int MaxInputLength = 20;

    public const string InvalidMessage =
        "Die ISBN ist ungültig: Bitte geben Sie eine ISBN-10 oder ISBN-13 mit korrekter Prüfziffer ein (Bindestriche und Leerzeichen sind erlaubt), z. B. 978-3-16-148410-0.";

    /// <summary>The ISBN without separators, upper-case X; null when it is not a valid ISBN.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return null;
        }

        var compact = string.Concat(input.Where(c => c is not ('-' or ' '))).ToUpperInvariant();
        return compact.Length switch
        {
            10 when IsValid10(compact) => compact,
            13 when IsValid13(compact) => compact,
            _ => null,
        };
    }

    private static bool IsValid10(string isbn)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = isbn[i];
            int value;
            if (char.IsAsciiDigit(c))
            {
                value = c - '0';
            }
            else if (c == 'X' && i == 9)
            {
                value = 10;
            }
            else
            {
                return false;
            }

            sum += (10 - i) * value;
        }

        return sum % 11 == 0;
    }

    private static bool IsValid13(string isbn)
    {
        if (!isbn.All(char.IsAsciiDigit) || !(isbn.StartsWith("978", StringComparison.Ordinal) || isbn.StartsWith("979", StringComparison.Ordinal)))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 13; i++)
        {
            sum += (isbn[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }

        return sum % 10 == 0;
    }
}
