using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>The FTS5 table follows every write to Partners through its triggers, and the trigram path really reads it.</summary>
[Collection(WritableSite.Name)]
public class DirectorySearchIndexTests(SiteFactory site)
{
    [Fact]
    public async Task Sqlite_BundledVersion_SupportsTheTrigramTokenizer()
    {
        var version = await site.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT sqlite_version() AS \"Value\"").SingleAsync());

        Assert.True(Version.Parse(version) >= new Version(3, 34), $"SQLite {version} has no trigram tokenizer");
    }

    [Fact]
    public async Task Index_PartnerInserted_IsFoundThroughTheIndex()
    {
        var token = Token();
        var partner = await new PartnerBuilder($"Verein {token}").InsertAsync(site);

        Assert.Equal([partner.Id], await IndexedIdsAsync(token));
    }

    [Fact]
    public async Task Index_PartnerRenamed_FollowsTheNewName()
    {
        var (before, after) = (Token(), Token());
        var partner = await new PartnerBuilder($"Verein {before}").WithText("de", "Kurz.").InsertAsync(site);

        await site.WithDbAsync(async db =>
        {
            var stored = await db.Partners.Include(p => p.Translations).SingleAsync(p => p.Id == partner.Id);
            stored.Name = $"Verein {after}";
            stored.RefreshSearchFields();
            await db.SaveChangesAsync();
        });

        Assert.Empty(await IndexedIdsAsync(before));
        Assert.Equal([partner.Id], await IndexedIdsAsync(after));
    }

    [Fact]
    public async Task Index_PartnerDeleted_IsGoneFromTheIndex()
    {
        var token = Token();
        var partner = await new PartnerBuilder($"Verein {token}").InsertAsync(site);

        await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).ExecuteDeleteAsync());

        Assert.Empty(await IndexedIdsAsync(token));
    }

    [Fact]
    public async Task TrigramPath_RowMissingFromIndex_IsNotFoundWhileSubstringPathFindsIt()
    {
        var token = Token();
        var partner = await new PartnerBuilder($"Verein {token}").InsertAsync(site);
        var searchText = await site.WithDbAsync(db => db.Partners.Where(p => p.Id == partner.Id).Select(p => p.SearchText).SingleAsync());
        await site.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"PartnerSearch\"(\"PartnerSearch\", rowid, \"SearchText\") VALUES ('delete', {partner.Id}, {searchText})"));
        try
        {
            Assert.Equal(0, await TotalAsync(PartnerSearchPath.Trigram, token));
            Assert.Equal(1, await TotalAsync(PartnerSearchPath.Substring, token));
        }
        finally
        {
            await site.WithDbAsync(db => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"PartnerSearch\"(rowid, \"SearchText\") VALUES ({partner.Id}, {searchText})"));
        }
    }

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    [InlineData("ab", null)]
    [InlineData("😀😀", null)]
    public void MatchExpression_Term_IsOneQuotedStringOrNothingWhenTooShort(string term, string? expected) =>
        Assert.Equal(expected, PartnerSearchIndex.MatchExpression([term]));

    [Fact]
    public void MatchExpression_SeveralTerms_SkipsShortOnesAndJoinsTheRestWithAnd() =>
        Assert.Equal("\"near\" AND \"(x)*\"", PartnerSearchIndex.MatchExpression(["near", "-", "(x)*", "ab"]));

    private static string Token() => "fts" + Guid.NewGuid().ToString("N")[..10];

    private Task<List<int>> IndexedIdsAsync(string token) => site.WithDbAsync(db => db.Database
        .SqlQuery<int>($"SELECT rowid AS \"Value\" FROM \"PartnerSearch\" WHERE \"PartnerSearch\" MATCH {PartnerSearchIndex.MatchExpression([SearchFolding.Fold(token)])}")
        .ToListAsync());

    private async Task<int> TotalAsync(PartnerSearchPath path, string query)
    {
        using var scope = site.Services.CreateScope();
        var queries = DirectorySearchEquivalenceTests.QueriesOn(scope.ServiceProvider, path);
        return (await queries.SearchAsync(PartnerFilter.Empty with { Query = query }, "de", CancellationToken.None)).TotalCount;
    }
}
