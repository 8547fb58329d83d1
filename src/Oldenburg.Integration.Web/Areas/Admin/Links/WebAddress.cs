namespace Oldenburg.Integration.Web.Areas.Admin.Links;

/// <summary>The addresses staff may enter for links and literature: absolute http or https, nothing the checker or a reader's browser should not open.</summary>
public static class WebAddress
{
    public const string InvalidMessage = "Bitte geben Sie eine vollständige Internetadresse ein, die mit http:// oder https:// beginnt, z. B. https://www.example.org/.";

    public static bool IsValid(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
