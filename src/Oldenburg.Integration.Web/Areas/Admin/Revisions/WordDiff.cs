using System.Text.RegularExpressions;

namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

public enum WordChange
{
    Same,
    Inserted,
    Deleted,
}

public sealed record WordSegment(WordChange Change, string Text);

/// <summary>
/// A word-level diff by longest common subsequence. Common beginnings and endings are cut off
/// first, so a typical edit compares only a few words; when the rest is still too large for the
/// quadratic table, null is returned and the caller shows the whole old and new text.
/// </summary>
public static partial class WordDiff
{
    /// <summary>About 2,000 × 2,000 tokens (words and spaces) after trimming: a table of at most 16 MB, briefly.</summary>
    public const long MaxCells = 4_000_000;

    public static IReadOnlyList<WordSegment>? Compute(string before, string after)
    {
        var a = Tokens(before);
        var b = Tokens(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var middleA = a[prefix..^suffix];
        var middleB = b[prefix..^suffix];
        if ((long)(middleA.Length + 1) * (middleB.Length + 1) > MaxCells)
        {
            return null;
        }

        var segments = new List<WordSegment>();
        Append(segments, WordChange.Same, a[..prefix]);
        Middle(middleA, middleB, segments);
        Append(segments, WordChange.Same, a[^suffix..]);
        return segments;
    }

    private static void Middle(string[] a, string[] b, List<WordSegment> segments)
    {
        // lengths[i, j] = LCS of a[i..] and b[j..], filled from the end so the walk below goes forwards.
        var width = b.Length + 1;
        var lengths = new int[(a.Length + 1) * width];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[(i * width) + j] = a[i] == b[j]
                    ? lengths[((i + 1) * width) + j + 1] + 1
                    : Math.Max(lengths[((i + 1) * width) + j], lengths[(i * width) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Append(segments, WordChange.Same, [a[x++]]);
                y++;
            }
            else if (lengths[((x + 1) * width) + y] >= lengths[(x * width) + y + 1])
            {
                Append(segments, WordChange.Deleted, [a[x++]]);
            }
            else
            {
                Append(segments, WordChange.Inserted, [b[y++]]);
            }
        }

        Append(segments, WordChange.Deleted, a[x..]);
        Append(segments, WordChange.Inserted, b[y..]);
    }

    /// <summary>Adds tokens, merging with the last segment when it is the same kind of change.</summary>
    private static void Append(List<WordSegment> segments, WordChange change, string[] tokens)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var text = string.Concat(tokens);
        if (segments.Count > 0 && segments[^1].Change == change)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new WordSegment(change, text));
        }
    }

    /// <summary>Words and the whitespace between them, so that joining the tokens gives the text back.</summary>
    private static string[] Tokens(string text) => [.. TokenPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\s+|[^\s]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenPattern();
}
