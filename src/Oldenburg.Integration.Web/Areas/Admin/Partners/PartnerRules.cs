using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>The rules a partner entry must meet, shared by the edit form and the CSV import so both accept the same data.</summary>
public static partial class PartnerRules
{
    public const string PostalCodePattern = "^[0-9]{5}$";
    public const string SlugMessage = "Der Slug darf nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche enthalten.";
    public const string PhoneMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen, „+“, „/“, „(“, „)“ und „-“ enthalten.";
    public const string EmailMessage = "Die E-Mail-Adresse ist ungültig.";
    public const string PostalCodeMessage = "Bitte geben Sie eine fünfstellige Postleitzahl ein.";
    public const string WebsiteMessage = "Bitte geben Sie eine vollständige Internetadresse ein, die mit http:// oder https:// beginnt.";

    /// <summary>German two-letter weekday abbreviations, Monday first, as editors write them.</summary>
    public static readonly IReadOnlyList<(string Abbreviation, DayOfWeek Day)> Weekdays =
        [.. Week.Days.Zip(["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"], (day, abbreviation) => (abbreviation, day))];

    /// <summary>
    /// The field rules checked on a finished entry, for writers that do not go through the edit form
    /// (moderation): the same predicates as the form and the import, so no path accepts what the editor refuses.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> Check(Partner partner)
    {
        var problems = new List<(string Field, string Message)>();
        if (!Slugs.IsValid(partner.Slug))
        {
            problems.Add((nameof(Partner.Slug), SlugMessage));
        }
        else if (Slugs.IsReserved(partner.Slug))
        {
            problems.Add((nameof(Partner.Slug), Slugs.ReservedMessage(partner.Slug)));
        }

        if (string.IsNullOrWhiteSpace(partner.Name) || partner.Name.Length > Partner.NameMaxLength)
        {
            problems.Add((nameof(Partner.Name), $"Der Name muss ausgefüllt und höchstens {Partner.NameMaxLength} Zeichen lang sein."));
        }

        Add(partner.PostalCode, IsPostalCode, nameof(Partner.PostalCode), PostalCodeMessage);
        Add(partner.Phone, PhoneNumbers.IsValid, nameof(Partner.Phone), PartnerRules.PhoneMessage);
        Add(partner.Email, IsEmail, nameof(Partner.Email), PartnerRules.EmailMessage);
        Add(partner.Website, IsWebsite, nameof(Partner.Website), WebsiteMessage);
        return problems;

        void Add(string? value, Func<string, bool> isValid, string field, string message)
        {
            if (value is not null && !isValid(value))
            {
                problems.Add((field, message));
            }
        }
    }

    public static bool IsPostalCode(string value) => PostalCode().IsMatch(value);

    public static bool IsEmail(string value) => value.Length <= Partner.ContactMaxLength && new EmailAddressAttribute().IsValid(value);

    /// <summary>Only absolute http(s) addresses: a "javascript:" or "file:" link must never reach a public page.</summary>
    public static bool IsWebsite(string value) =>
        value.Length <= Partner.WebsiteMaxLength
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);

    /// <summary>"Mo 09:00-12:00; Do 14:00-17:00", Monday first; the same text for the same hours.</summary>
    public static string FormatHours(IEnumerable<OpeningHoursRule> hours) => string.Join("; ", hours
        .OrderBy(h => Week.Order(h.Day)).ThenBy(h => h.Opens).ThenBy(h => h.Closes)
        .Select(h => $"{Weekdays.First(w => w.Day == h.Day).Abbreviation} {h.Opens:HH\\:mm}-{h.Closes:HH\\:mm}"));

    /// <summary>Parses <see cref="FormatHours"/>'s format; null with an error message when a part is not understood.</summary>
    public static List<OpeningHoursRule>? ParseHours(string text, out string? error)
    {
        error = null;
        var rules = new List<OpeningHoursRule>();
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var match = HoursPart().Match(part);
            var day = Weekdays.FirstOrDefault(w => w.Abbreviation.Equals(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase));
            if (!match.Success || day.Abbreviation is null
                || !TimeOnly.TryParseExact(match.Groups[2].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var opens)
                || !TimeOnly.TryParseExact(match.Groups[3].Value, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var closes))
            {
                error = $"Öffnungszeit „{part}“ nicht verstanden (Beispiel: „Mo 09:00-12:00; Do 14:00-17:00“).";
                return null;
            }

            if (closes <= opens)
            {
                error = $"Öffnungszeit „{part}“: Das Ende muss nach dem Beginn liegen.";
                return null;
            }

            rules.Add(new OpeningHoursRule { Day = day.Day, Opens = opens, Closes = closes });
        }

        return rules;
    }

    [GeneratedRegex(PostalCodePattern)]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^(\p{L}{2})\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$")]
    private static partial Regex HoursPart();
}
