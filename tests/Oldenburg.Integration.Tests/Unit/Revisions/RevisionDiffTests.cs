using Oldenburg.Integration.Web.Areas.Admin.Revisions;

namespace Oldenburg.Integration.Tests.Unit.Revisions;

public class RevisionDiffTests
{
    [Fact]
    public void Compare_OneChangedOneAddedOneRemoved_KindsAndOrder()
    {
        SnapshotField[] older = [new("Slug", "Adresse", "a"), new("Texts[de].Title", "Titel (Deutsch)", "Alt"), new("Texts[en].Title", "Titel (English)", "Old")];
        SnapshotField[] newer = [new("Slug", "Adresse", "a"), new("Texts[de].Title", "Titel (Deutsch)", "Neu"), new("Texts[ar].Title", "Titel (العربية)", "جديد")];

        var rows = RevisionDiff.Compare(older, newer);

        Assert.Equal(
            [("Slug", DiffKind.Unchanged), ("Texts[de].Title", DiffKind.Changed), ("Texts[ar].Title", DiffKind.Added), ("Texts[en].Title", DiffKind.Removed)],
            rows.Select(r => (r.Key, r.Kind)));
        var title = rows[1];
        Assert.Equal(("Alt", "Neu"), (title.Old, title.New));
        Assert.Null(title.Words);
    }

    [Fact]
    public void Compare_LongTextWithOneWordChanged_InlineDiffMarksOnlyThatWord()
    {
        var before = "Die Beratung findet jeden Montag im Rathaus statt und ist kostenlos für alle Menschen aus Oldenburg.";
        var after = before.Replace("Montag", "Dienstag", StringComparison.Ordinal);

        var row = Assert.Single(RevisionDiff.Compare([new("Body", "Text", before)], [new("Body", "Text", after)]));

        Assert.Equal(DiffKind.Changed, row.Kind);
        Assert.NotNull(row.Words);
        Assert.Equal([new WordSegment(WordChange.Deleted, "Montag")], row.Words.Where(w => w.Change == WordChange.Deleted));
        Assert.Equal([new WordSegment(WordChange.Inserted, "Dienstag")], row.Words.Where(w => w.Change == WordChange.Inserted));
    }

    [Theory]
    [InlineData("a b c", "a x c")]
    [InlineData("", "neu hier")]
    [InlineData("alles weg", "")]
    [InlineData("eins zwei drei vier", "null eins drei vier fünf")]
    [InlineData("Zeile eins\nZeile zwei", "Zeile eins\n\nZeile drei")]
    public void WordDiff_AnyPair_RebuildsBothTexts(string before, string after)
    {
        var words = WordDiff.Compute(before, after)!;

        Assert.Equal(before, string.Concat(words.Where(w => w.Change != WordChange.Inserted).Select(w => w.Text)));
        Assert.Equal(after, string.Concat(words.Where(w => w.Change != WordChange.Deleted).Select(w => w.Text)));
    }

    [Fact]
    public void WordDiff_TwentyThousandCharactersWithOneEdit_FastAndSmall()
    {
        var before = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"wort{i}"));
        var after = before.Replace("wort1500", "geändert", StringComparison.Ordinal);

        var words = WordDiff.Compute(before, after)!;

        Assert.Equal(4, words.Count);
        Assert.Equal("wort1500", words.Single(w => w.Change == WordChange.Deleted).Text);
    }

    [Fact]
    public void WordDiff_TwoUnrelatedLongTexts_FallsBackToWholeValues()
    {
        var before = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"alt{i}"));
        var after = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"neu{i}"));

        Assert.Null(WordDiff.Compute(before, after));
        var row = Assert.Single(RevisionDiff.Compare([new("Body", "Text", before)], [new("Body", "Text", after)]));
        Assert.Equal((DiffKind.Changed, before, after), (row.Kind, row.Old, row.New));
        Assert.Null(row.Words);
    }
}
