namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// The published directory as this instance searches and lists it: per partner what a query matches,
/// filters and orders by and what a directory card shows in German, in name order, plus a trigram
/// table over the folded search text. A page of results is answered from here without the database.
/// Built by <see cref="PartnerDirectoryIndexCache"/> and replaced whenever partners change.
/// </summary>
public sealed class PartnerDirectoryIndex
{
    private readonly Entry[] entries;
    private readonly Dictionary<ulong, int[]> trigrams;
    private readonly Dictionary<int, int> positions;

    /// <param name="entries">Every published partner, in any order.</param>
    public PartnerDirectoryIndex(IEnumerable<Entry> entries)
    {
        // The database orders by NameSortKey with a binary collation, then by id; ordinal comparison is the same order.
        this.entries = [.. entries.OrderBy(e => e.NameSortKey, StringComparer.Ordinal).ThenBy(e => e.Id)];
        trigrams = BuildTrigrams(this.entries);
        positions = new Dictionary<int, int>(this.entries.Length);
        for (var i = 0; i < this.entries.Length; i++)
        {
            positions[this.entries[i].Id] = i;
        }
    }

    public int Count => entries.Length;

    /// <summary>The published partner with this id, or null when it is not (or no longer) published.</summary>
    public Entry? this[int id] => positions.TryGetValue(id, out var position) ? entries[position] : null;

    /// <summary>
    /// Every match, in result order. Without terms the order is by name; with terms, names that start
    /// with the phrase come first, then names holding every term, then the rest, each by name: the
    /// order <see cref="PartnerQueries"/> asks the database for.
    /// </summary>
    public Matches Find(Criteria criteria)
    {
        var terms = criteria.Terms;
        var phrase = string.Join(' ', terms);
        var candidates = Candidates(terms);
        var buckets = new List<int>[terms.Count == 0 ? 1 : 3];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = [];
        }

        // Indexed loops over arrays and lists: this runs for up to every entry on each directory miss.
        var count = candidates?.Count ?? entries.Length;
        for (var i = 0; i < count; i++)
        {
            var position = candidates is null ? i : candidates[i];
            var entry = entries[position];
            if (criteria.Accepts(entry) && ContainsAll(entry.SearchText, terms))
            {
                buckets[terms.Count == 0 ? 0 : Relevance(entry.NameSortKey, phrase, terms)].Add(position);
            }
        }

        return new Matches(this, buckets);
    }

    private static int Relevance(string name, string phrase, IReadOnlyList<string> terms) =>
        name.StartsWith(phrase, StringComparison.Ordinal) ? 0 : ContainsAll(name, terms) ? 1 : 2;

    // A loop, not All(): this runs for every candidate, and a lambda capturing the text would allocate each time.
    private static bool ContainsAll(string text, IReadOnlyList<string> terms)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (!text.Contains(terms[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Positions (in name order) that hold every trigram of every term long enough to have one, or
    /// null for every entry. Intersecting all the lists, shortest first, leaves few candidates for the
    /// exact substring check in <see cref="Find"/>, which decides.
    /// </summary>
    private IReadOnlyList<int>? Candidates(IReadOnlyList<string> terms)
    {
        var lists = new List<int[]>();
        foreach (var term in terms)
        {
            for (var i = 0; i + 3 <= term.Length; i++)
            {
                if (!trigrams.TryGetValue(Key(term, i), out var list))
                {
                    return [];
                }

                lists.Add(list);
            }
        }

        if (lists.Count == 0)
        {
            return null;
        }

        lists.Sort((a, b) => a.Length.CompareTo(b.Length));
        IReadOnlyList<int> candidates = lists[0];
        for (var i = 1; i < lists.Count && candidates.Count > 0; i++)
        {
            candidates = Intersect(candidates, lists[i]);
        }

        return candidates;
    }

    // The shorter list drives; every list is in ascending position order, so the result is too.
    private static List<int> Intersect(IReadOnlyList<int> shorter, int[] longer)
    {
        var both = new List<int>(shorter.Count);
        var from = 0;
        foreach (var position in shorter)
        {
            var found = Array.BinarySearch(longer, from, longer.Length - from, position);
            if (found >= 0)
            {
                both.Add(position);
                from = found + 1;
            }
            else
            {
                from = ~found;
            }

            if (from >= longer.Length)
            {
                break;
            }
        }

        return both;
    }

    private static Dictionary<ulong, int[]> BuildTrigrams(Entry[] entries)
    {
        var lists = new Dictionary<ulong, List<int>>();
        var seen = new HashSet<ulong>();
        for (var position = 0; position < entries.Length; position++)
        {
            var text = entries[position].SearchText;
            seen.Clear();
            for (var i = 0; i + 3 <= text.Length; i++)
            {
                var key = Key(text, i);
                if (seen.Add(key))
                {
                    if (!lists.TryGetValue(key, out var list))
                    {
                        lists[key] = list = [];
                    }

                    list.Add(position);
                }
            }
        }

        return lists.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    // Three UTF-16 units, not code points: a term's windows are then exactly those its matches contain.
    private static ulong Key(string text, int start) => ((ulong)text[start] << 32) | ((ulong)text[start + 1] << 16) | text[start + 2];

    /// <summary>The positions of the matches, by relevance and then name order.</summary>
    public sealed class Matches(PartnerDirectoryIndex index, List<int>[] buckets)
    {
        public int Total { get; } = buckets.Sum(b => b.Count);

        public List<int> PageIds(int skip, int take) => [.. buckets.SelectMany(b => b).Skip(skip).Take(take).Select(p => index.entries[p].Id)];
    }

    /// <summary>One published partner as the index holds it; the ids are lookup ids, the short description is the German one.</summary>
    public sealed record Entry(
        int Id,
        string Slug,
        string Name,
        string NameSortKey,
        string SearchText,
        int TypeId,
        int? DistrictId,
        int[] TopicIds,
        int[] LanguageIds,
        bool BarrierFree,
        bool IsSample,
        string? ShortDescription);

    /// <summary>A query: folded terms and the lookup ids of each filter (any of them within a kind, every kind).</summary>
    public sealed record Criteria(
        IReadOnlyList<string> Terms,
        IReadOnlyCollection<int> TopicIds,
        IReadOnlyCollection<int> TypeIds,
        IReadOnlyCollection<int> LanguageIds,
        IReadOnlyCollection<int> DistrictIds,
        bool BarrierFree)
    {
        public bool Accepts(Entry entry) =>
            (!BarrierFree || entry.BarrierFree)
            && (TypeIds.Count == 0 || TypeIds.Contains(entry.TypeId))
            && (DistrictIds.Count == 0 || (entry.DistrictId is { } district && DistrictIds.Contains(district)))
            && (TopicIds.Count == 0 || AnyOf(entry.TopicIds, TopicIds))
            && (LanguageIds.Count == 0 || AnyOf(entry.LanguageIds, LanguageIds));

        // Not Any(wanted.Contains): that allocates a delegate per entry, ten thousand times per request.
        private static bool AnyOf(int[] values, IReadOnlyCollection<int> wanted)
        {
            foreach (var value in values)
            {
                if (wanted.Contains(value))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
