namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

public enum DiffKind
{
    Unchanged,
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One field compared between two revisions. <see cref="Words"/> is the inline word diff of a long
/// text, or null when the whole old and new values are shown instead.
/// </summary>
public sealed record DiffRow(string Key, string Label, string Old, string New, DiffKind Kind, IReadOnlyList<WordSegment>? Words);

/// <summary>Compares two snapshots field by field, matched by key, in the newer revision's order.</summary>
public static class RevisionDiff
{
    /// <summary>Shorter values read better as a plain old/new pair than as an inline diff.</summary>
    public const int InlineFromLength = 80;

    public static IReadOnlyList<DiffRow> Compare(IReadOnlyList<SnapshotField> older, IReadOnlyList<SnapshotField> newer)
    {
        var olderByKey = older.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var newerKeys = newer.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var rows = new List<DiffRow>();
        foreach (var field in newer)
        {
            if (!olderByKey.TryGetValue(field.Key, out var before))
            {
                rows.Add(new DiffRow(field.Key, field.Label, "", field.Value, DiffKind.Added, null));
            }
            else if (string.Equals(before.Value, field.Value, StringComparison.Ordinal))
            {
                rows.Add(new DiffRow(field.Key, field.Label, before.Value, field.Value, DiffKind.Unchanged, null));
            }
            else
            {
                rows.Add(new DiffRow(field.Key, field.Label, before.Value, field.Value, DiffKind.Changed, InlineWords(before.Value, field.Value)));
            }
        }

        // A field that is gone (a removed translation) is listed after the fields that remain.
        rows.AddRange(older.Where(f => !newerKeys.Contains(f.Key))
            .Select(f => new DiffRow(f.Key, f.Label, f.Value, "", DiffKind.Removed, null)));
        return rows;
    }

    private static IReadOnlyList<WordSegment>? InlineWords(string before, string after) =>
        before.Length >= InlineFromLength || after.Length >= InlineFromLength || before.Contains('\n') || after.Contains('\n')
            ? WordDiff.Compute(before, after)
            : null;
}
