namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>
/// The page a barrier report names: a path on this site, never an address elsewhere. Checked with
/// [RegularExpression] because only MVC's built-in attributes get localized messages.
/// </summary>
public static class LocalPaths
{
    /// <summary>One leading slash, not two and no backslash (both would make a browser leave the site), no spaces.</summary>
    public const string Pattern = @"^/(?![/\\])[^\s\\]*$";

    private static readonly System.Text.RegularExpressions.Regex Matcher = new(Pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The path when it is a local one of acceptable length, otherwise null (a forged link is simply dropped).</summary>
    public static string? OrNull(string? path) =>
        path is { Length: > 0 and <= Domain.PublicMessage.PathMaxLength } && Matcher.IsMatch(path) ? path : null;
}
