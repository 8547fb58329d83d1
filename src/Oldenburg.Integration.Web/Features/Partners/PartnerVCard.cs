using System.Text;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>A vCard 3.0 (RFC 2426) for an organisation, as address books on phones import it.</summary>
public static class PartnerVCard
{
    public static string For(PartnerView partner, string pageUrl)
    {
        var lines = new List<string>
        {
            "BEGIN:VCARD",
            "VERSION:3.0",
            "X-ABShowAs:COMPANY",
            "N:" + Escape(partner.Name) + ";;;;",
            "FN:" + Escape(partner.Name),
            "ORG:" + Escape(partner.Name),
        };
        if (partner.HasAddress)
        {
            lines.Add($"ADR;TYPE=WORK:;;{Escape(partner.Street)};{Escape(partner.City)};;{Escape(partner.PostalCode)};Deutschland");
        }

        if (!string.IsNullOrWhiteSpace(partner.Phone))
        {
            lines.Add("TEL;TYPE=WORK,VOICE:" + ContactFormats.TelUri(partner.Phone)[4..]);
        }

        if (!string.IsNullOrWhiteSpace(partner.Email))
        {
            lines.Add("EMAIL;TYPE=INTERNET:" + Escape(partner.Email));
        }

        lines.Add("URL:" + Escape(string.IsNullOrWhiteSpace(partner.Website) ? pageUrl : partner.Website));
        lines.Add("NOTE:" + Escape(partner.ShortDescription + "\n" + pageUrl));
        lines.Add("END:VCARD");

        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }

        return builder.ToString();
    }

    /// <summary>Backslash, comma, semicolon and line breaks are escaped in text values (RFC 2426 §4).</summary>
    public static string Escape(string? value) => (value ?? "")
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .ReplaceLineEndings("\\n");

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > limit)
            {
                builder.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            builder.Append(rune.ToString());
            octets += rune.Utf8SequenceLength;
        }

        builder.Append("\r\n");
    }
}
