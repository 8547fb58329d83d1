using System.Globalization;
using System.Text.Json;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>schema.org GovernmentOffice data for search engines and assistants.</summary>
public static class OfficeJsonLd
{
    public static string For(OfficeViewModel office, string pageUrl)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOffice",
            ["name"] = office.Name,
            ["department"] = new Dictionary<string, object?> { ["@type"] = "GovernmentOrganization", ["name"] = office.Department },
            ["url"] = pageUrl,
            ["address"] = new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress",
                ["streetAddress"] = office.Street,
                ["postalCode"] = office.PostalCode,
                ["addressLocality"] = office.City,
                ["addressCountry"] = "DE",
            },
            ["telephone"] = new[] { office.Phone, office.AlternativePhone }.Where(p => !string.IsNullOrEmpty(p)).Select(p => ContactFormats.TelUri(p!)[4..]).ToArray(),
            ["faxNumber"] = office.Fax is null ? null : ContactFormats.TelUri(office.Fax)[4..],
            ["email"] = office.Email,
            ["openingHoursSpecification"] = office.OpeningHours.Select(h => new Dictionary<string, object?>
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = "https://schema.org/" + h.Day.ToString(),
                ["opens"] = h.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = h.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
            }).ToArray(),
        };
        var json = JsonSerializer.Serialize(data);

        // The address is written with an escaped "@" so that it is not a plain string in the HTML.
        return json.Replace(office.Email, office.Email.Replace("@", "\\u0040", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
