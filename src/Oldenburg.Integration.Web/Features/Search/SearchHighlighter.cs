using System.Globalization;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// Finds where folded terms occur in an original text. Matching happens on folded text, where "ß"
/// became "ss", "İ" became "i" and Arabic vowel marks vanished, so positions are mapped back: the
/// text is folded one grapheme cluster at a time and every folded character remembers the cluster
/// it came from. A match then covers whole clusters of the original, marks and all.
/// </summary>
public static class SearchHighlighter
{
    /// <summary>The original ranges (start, end exclusive) holding any of the terms, ordered and merged.</summary>
    public static IReadOnlyList<(int Start, int End)> Ranges(string text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text) || terms.Count == 0)
        {
            return [];
        }

        var folded = new System.Text.StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var clusters = StringInfo.GetTextElementEnumerator(text);
        while (clusters.MoveNext())
        {
            var start = clusters.ElementIndex;
            var cluster = clusters.GetTextElement();
            foreach (var c in SearchFolding.Fold(cluster))
            {
                folded.Append(c);
                starts.Add(start);
                ends.Add(start + cluster.Length);
            }
        }

        var foldedText = folded.ToString();
        var ranges = new List<(int Start, int End)>();
        foreach (var term in terms.Where(t => t.Length > 0))
        {
            for (var at = foldedText.IndexOf(term, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                ranges.Add((starts[at], ends[at + term.Length - 1]));
            }
        }

        return Merge(ranges);
    }

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around its first match,
    /// cut between words, with the matches inside marked.
    /// </summary>
    public static HighlightedText Snippet(string text, IReadOnlyList<string> terms, int length = 220)
    {
        var plain = OneLine(text);
        var ranges = Ranges(plain, terms);
        if (plain.Length <= length)
        {
            return new HighlightedText(plain, ranges, false, false);
        }

        var first = ranges.Count > 0 ? ranges[0].Start : 0;
        var start = Math.Max(0, Math.Min(first - (length / 4), plain.Length - length));
        if (start > 0)
        {
            var space = plain.IndexOf(' ', start);
            start = space >= 0 && space < first ? space + 1 : start;
        }

        var end = Math.Min(plain.Length, start + length);
        if (end < plain.Length)
        {
            var space = plain.LastIndexOf(' ', end);
            end = space > start ? space : end;
        }

        start = SafeBoundary(plain, start);
        end = SafeBoundary(plain, end);
        var window = plain[start..end];
        var inside = ranges.Where(r => r.End > start && r.Start < end)
            .Select(r => (Math.Max(r.Start, start) - start, Math.Min(r.End, end) - start)).ToList();
        return new HighlightedText(window, inside, start > 0, end < plain.Length);
    }

    /// <summary>
    /// The text on one line: a summary without a full stop runs into the body that follows it, so
    /// such a line break becomes a dash; any other whitespace run becomes one space.
    /// </summary>
    public static string OneLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var line in lines)
        {
            if (builder.Length > 0)
            {
                builder.Append(builder[^1] is '.' or '!' or '?' or ':' or ';' or '؟' or '۔' ? " " : " – ");
            }

            builder.AppendJoin(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        return builder.ToString();
    }

    /// <summary>The whole text with every match marked (titles).</summary>
    public static HighlightedText Whole(string text, IReadOnlyList<string> terms) => new(text, Ranges(text, terms), false, false);

    // A cut never splits a surrogate pair; cutting inside a word only happens in texts without spaces.
    private static int SafeBoundary(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) ? index - 1 : index;

    private static List<(int Start, int End)> Merge(List<(int Start, int End)> ranges)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var range in ranges.OrderBy(r => r.Start).ThenBy(r => r.End))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
