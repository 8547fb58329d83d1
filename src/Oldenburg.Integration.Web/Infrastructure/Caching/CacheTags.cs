namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// The names that public caches are evicted by. A cached response or memory entry carries the tag
/// of everything it was built from; a write evicts the tags of what it changed. Content types use
/// their content key ("offers", "pages", "partners", "office") as their tag, so a new type needs no
/// entry here.
/// </summary>
public static class CacheTags
{
    /// <summary>Carried by every public cache entry: evicting it empties them all.</summary>
    public const string Public = "public";

    /// <summary>Topics, partner types, service languages and districts.</summary>
    public const string Lookups = "lookups";
}
