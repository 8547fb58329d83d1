using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Oldenburg.Integration.Web.Domain;

/// <summary>The one rule for slugs (the language-neutral part of an address such as /de/partners/{slug}).</summary>
public static partial class Slugs
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>The localized message key for a slug that does not match <see cref="Pattern"/>.</summary>
    public const string PatternMessage = "Validation.Slug";

    // Fixed path segments that public routes put where a slug could stand; the route attributes use these
    // constants, so a segment cannot be routed without being reserved.
    public const string Print = "print";
    public const string OpenData = "open-data";
    public const string Suggest = "suggest";
    public const string Archive = "archive";

    /// <summary>The news feed's file name beside the news slugs; a slug cannot hold a dot, but the list is the one place that says so.</summary>
    public const string Feed = "feed.atom";

    /// <summary>Reserved for every content type, so that a new fixed segment under one type needs no per-type list.</summary>
    public static readonly FrozenSet<string> Reserved = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, Print, OpenData, Suggest, Archive, Feed);

    public static bool IsValid(string value) => SlugRegex().IsMatch(value);

    public static bool IsReserved(string value) => Reserved.Contains(value.Trim());

    public static string ReservedMessage(string slug) =>
        $"Die Adresse „{slug.Trim()}“ ist für eine Seite der Website reserviert (reserviert sind: {string.Join(", ", Reserved.Order(StringComparer.Ordinal))}). Bitte wählen Sie eine andere.";

    [GeneratedRegex(Pattern)]
    private static partial Regex SlugRegex();
}
