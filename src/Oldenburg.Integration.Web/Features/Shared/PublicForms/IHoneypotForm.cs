namespace Oldenburg.Integration.Web.Features.Shared.PublicForms;

/// <summary>
/// A public form with the honeypot field rendered by _Honeypot.cshtml: hidden from people, so only
/// bots fill it in. Its name is no autofill token and no usual field name (fax, website …), so a
/// browser or password manager never fills it for a person.
/// </summary>
public interface IHoneypotForm
{
    string? Extra { get; set; }
}

public static class HoneypotForms
{
    public static bool IsSpam(this IHoneypotForm form) => !string.IsNullOrWhiteSpace(form.Extra);
}
