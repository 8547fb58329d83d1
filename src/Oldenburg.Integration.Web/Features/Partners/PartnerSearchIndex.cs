using System.Text;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>How the directory finds the partners whose folded text holds every search term.</summary>
public enum PartnerSearchPath
{
    /// <summary>instr()/CHARINDEX() over every published row: exact, and the only path SQL Server has.</summary>
    Substring,

    /// <summary>SQLite's FTS5 trigram table narrows the rows first; the exact substring check still decides.</summary>
    Trigram,

    /// <summary>This instance's <see cref="PartnerDirectoryIndex"/>; the database reads only the page's rows.</summary>
    Memory,
}

/// <summary>The FTS5 side of the trigram path (table and triggers: the PartnerSearchIndex migration).</summary>
public static class PartnerSearchIndex
{
    public const string Table = "PartnerSearch";

    /// <summary>A trigram index cannot find a string shorter than one trigram.</summary>
    public const int MinTermLength = 3;

    /// <summary>
    /// The MATCH query for the terms the index can narrow by, or null when none is long enough.
    /// Each term is one quoted FTS5 string (inner quotes doubled), so operators, NEAR, *, - and
    /// parentheses in a query are text to find, never syntax.
    /// </summary>
    public static string? MatchExpression(IEnumerable<string> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms.Where(IsIndexable))
        {
            builder.Append(builder.Length == 0 ? "" : " AND ").Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.Length == 0 ? null : builder.ToString();
    }

    // The tokenizer counts code points: a term of three UTF-16 units may be only two characters.
    private static bool IsIndexable(string term) => term.EnumerateRunes().Count() >= MinTermLength;
}
