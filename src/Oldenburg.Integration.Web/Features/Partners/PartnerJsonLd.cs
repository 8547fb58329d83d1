using System.Globalization;
using System.Text.Json;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>schema.org Organization data for a directory entry, written like the office's own JSON-LD.</summary>
public static class PartnerJsonLd
{
    public static string For(PartnerView partner, string pageUrl, string? logoUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = partner.Name,
            ["description"] = partner.ShortDescription,
            ["url"] = string.IsNullOrWhiteSpace(partner.Website) ? pageUrl : partner.Website,
            ["mainEntityOfPage"] = pageUrl,
            ["logo"] = logoUrl,
            ["telephone"] = string.IsNullOrWhiteSpace(partner.Phone) ? null : Domain.ContactFormats.TelUri(partner.Phone)[4..],
            ["email"] = partner.Email,
            ["knowsLanguage"] = partner.Languages.Select(l => l.Key).ToArray(),
            ["address"] = !partner.HasAddress ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = partner.Street,
                ["postalCode"] = partner.PostalCode,
                ["addressLocality"] = partner.City,
                ["addressCountry"] = "DE",
            },
            ["openingHoursSpecification"] = partner.OpeningHours.Select(h => new Dictionary<string, object?>
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = "https://schema.org/" + h.Day.ToString(),
                ["opens"] = h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
            }).ToArray(),
        };
        var json = JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));

        // As on the contact page: the address is not a plain string in the HTML (see ADR 0006).
        return string.IsNullOrEmpty(partner.Email)
            ? json
            : json.Replace(partner.Email, partner.Email.Replace("@", "\\u0040", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
