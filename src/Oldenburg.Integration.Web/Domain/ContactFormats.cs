using System.Text;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>How phone numbers and e-mail addresses are written into pages.</summary>
public static class ContactFormats
{
    /// <summary>"0441 235-3233" becomes "tel:+494412353233" (German national numbers).</summary>
    public static string TelUri(string phone)
    {
        var digits = new StringBuilder();
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var number = digits.ToString();
        if (phone.TrimStart().StartsWith('+'))
        {
            return "tel:+" + number;
        }

        if (number.StartsWith("00", StringComparison.Ordinal))
        {
            return "tel:+" + number[2..];
        }

        return number.StartsWith('0') ? "tel:+49" + number[1..] : "tel:" + number;
    }

    /// <summary>The address as people read it on the office's own pages: name(at)domain.</summary>
    public static string DisplayEmail(string email) => email.Replace("@", "(at)", StringComparison.Ordinal);

    /// <summary>
    /// A mailto: href written as numeric character references. Browsers decode it, so the link
    /// works without JavaScript; simple address harvesters that scan the raw HTML do not find it.
    /// </summary>
    public static string EncodedMailtoHref(string email)
    {
        var builder = new StringBuilder();
        foreach (var c in "mailto:" + email)
        {
            builder.Append("&#").Append((int)c).Append(';');
        }

        return builder.ToString();
    }
}
