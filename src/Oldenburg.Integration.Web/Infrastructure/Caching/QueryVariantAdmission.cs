namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// Lets a page variant that differs by its query (a search, a filter combination) into the output
/// cache only from its second request on. Most searches are asked once; storing each of them would
/// cost a copy of the page per request and push the pages that are read often out of the bounded
/// cache. A fixed table of fingerprints remembers recent variants: a slot holds the last variant
/// that hashed to it, so memory stays constant and an old variant is simply forgotten (ADR 0022).
/// </summary>
public sealed class QueryVariantAdmission
{
    private const int SlotBits = 16;
    private readonly int[] slots = new int[1 << SlotBits];

    /// <summary>True when this variant was asked for recently; records it either way.</summary>
    public bool SeenBefore(string path, string query, string culture)
    {
        // Zero marks an empty slot, so a fingerprint is never zero.
        var fingerprint = HashCode.Combine(path, query, culture) | 1;
        var slot = (int)((uint)fingerprint >> (32 - SlotBits));
        return Interlocked.Exchange(ref slots[slot], fingerprint) == fingerprint;
    }
}
