namespace Oldenburg.Integration.Web.Features.EasyRead;

/// <summary>
/// Where the Leichte Sprache section lives. It is German, so it has one address under /de only,
/// linked from every language (ADR 0036).
/// </summary>
public static class EasyReadPaths
{
    public const string Culture = "de";

    public const string Segment = "leichte-sprache";

    public const string Overview = "/" + Culture + "/" + Segment;

    public static string Page(string slug) => Overview + "/" + Uri.EscapeDataString(slug);

    /// <summary>A path under the section, with no culture, as the sitemap writes them.</summary>
    public static bool IsSectionPath(string pathWithoutCulture) =>
        pathWithoutCulture == "/" + Segment || pathWithoutCulture.StartsWith("/" + Segment + "/", StringComparison.Ordinal);
}
