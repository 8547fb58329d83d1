using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>One language version of a searchable item: what the results page shows of it.</summary>
public sealed record SearchText(string Culture, string Title, string Text);

/// <summary>
/// A searchable item: its page and the language versions it is found by, the one to show first
/// first (the reader's language, then German, then any others).
/// </summary>
public sealed record SearchDocument(string Url, IReadOnlyList<SearchText> Versions);

/// <summary>
/// The published items of one small content type in one reader language, folded once when built:
/// matched with the directory's rule (every term a substring of the folded text, of any version)
/// and ordered like it (titles starting with the phrase, then titles holding every term, then the
/// rest, each in the source's order). Tens or hundreds of items need no trigram table.
/// </summary>
public sealed class SearchCorpus
{
    private readonly Entry[] entries;

    public SearchCorpus(IEnumerable<SearchDocument> documents)
    {
        entries = [.. documents.Where(d => d.Versions.Count > 0).Select(d => new Entry(
            d,
            [.. d.Versions.Select(v => SearchFolding.Fold(v.Title))],
            [.. d.Versions.Select(v => SearchFolding.Fold(v.Title + "\n" + v.Text))]))];
    }

    public int Count => entries.Length;

    public SiteSearchGroup Find(IReadOnlyList<string> terms, int limit)
    {
        if (terms.Count == 0)
        {
            return SiteSearchGroup.None;
        }

        var phrase = string.Join(' ', terms);
        var found = entries
            .Where(e => terms.All(t => e.Texts.Any(text => text.Contains(t, StringComparison.Ordinal))))
            .OrderBy(e => e.Titles.Min(title => Relevance(title, phrase, terms)))
            .ToList();
        return new SiteSearchGroup(found.Count, [.. found.Take(limit).Select(e => Hit(e, terms))]);
    }

    private static int Relevance(string title, string phrase, IReadOnlyList<string> terms) =>
        title.StartsWith(phrase, StringComparison.Ordinal) ? 0 : terms.All(t => title.Contains(t, StringComparison.Ordinal)) ? 1 : 2;

    /// <summary>The version holding the most terms is shown; on a tie the earlier one, so the reader's language wins.</summary>
    private static SiteSearchHit Hit(Entry entry, IReadOnlyList<string> terms)
    {
        var best = 0;
        var bestCount = -1;
        for (var i = 0; i < entry.Texts.Length; i++)
        {
            var count = terms.Count(t => entry.Texts[i].Contains(t, StringComparison.Ordinal));
            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        var version = entry.Document.Versions[best];
        return new SiteSearchHit(entry.Document.Url, version.Title, version.Text, version.Culture);
    }

    private sealed record Entry(SearchDocument Document, string[] Titles, string[] Texts);
}
