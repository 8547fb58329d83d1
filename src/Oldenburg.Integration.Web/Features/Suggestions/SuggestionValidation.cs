namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// Web addresses as people type them ("www.example.org"). Checked with [RegularExpression] rather
/// than a custom attribute because only MVC's built-in attributes get localized messages.
/// </summary>
public static class WebAddress
{
    public const string Pattern = @"^(https?://)?[\w-]+(\.[\w-]+)+(:[0-9]{1,5})?([/?#]\S*)?$";

    /// <summary>Adds https:// to a bare host; null for blank input.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? trimmed
            : "https://" + trimmed;
    }
}
