using System.Text.RegularExpressions;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>The one rule for phone numbers typed by staff or visitors; <see cref="ContactFormats"/> writes them into pages.</summary>
public static partial class PhoneNumbers
{
    public const string Pattern = @"^\+?[0-9][0-9 /()\-]{2,38}$";

    /// <summary>The localized message key for a number that does not match <see cref="Pattern"/>.</summary>
    public const string PatternMessage = "Validation.Phone";

    public static bool IsValid(string value) => PhoneRegex().IsMatch(value);

    [GeneratedRegex(Pattern)]
    private static partial Regex PhoneRegex();
}
