using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>
/// The trigram index and the in-memory directory index only narrow the rows; these tests hold that
/// neither changes which partners a query finds, in what order, or how many, against the plain
/// substring search SQL Server runs.
/// </summary>
[Collection(WritableSite.Name)]
public class DirectorySearchEquivalenceTests(SiteFactory site)
{
    private static string? s_corpusToken;

    private static readonly string[] Texts =
    [
        "Beratungsstelle Straße der Äpfel, Süd-Öffnung",
        "Strasse der Aepfel und Muesli",
        "İstanbul Kültür Derneği, ılık ışık",
        "Istanbul kultur dernegi",
        "Русский центр помощи, ёлка",
        "مركز الإرشاد العربي للعائلات",
        "Rabatt 100% sicher_gestellt",
        "Rabatt 1000 sicher-gestellt",
        "Er sagte \"Hallo\" und 'Tschüss'",
        "Stern*chen und NEAR (Klammer) OR AND NOT",
        "a b c ab bc",
        "😀😀 Emoji-Treff 😀",
    ];

    public static TheoryData<string> Queries => new(
        "straße", "strasse", "Äpfel", "aepfel", "ÄPF", "süd-öff", "İstanbul", "ılık", "istanbul kultur", "Kültür Derneği",
        "Русский", "ёлка", "елка", "РУС", "الإرشاد", "الارشاد", "العربي مركز",
        "100%", "%", "_", "sicher_", "r_g", "%sicher", "\"", "\"Hallo\"", "'Tschüss'", "''", "\"\"\"",
        "*", "stern*", "*chen", "-", "-gestellt", "NEAR", "near(", "(Klammer)", "OR", "AND NOT", "\")(*",
        "a", "ab", "b c", "😀", "😀😀", "😀😀 emoji", "x", "Beratung a", "zz", "qzx", "", "   ");

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Search_TrickyQuery_IndexedPathsFindExactlyWhatSubstringFinds(string query)
    {
        var token = await CorpusTokenAsync();

        foreach (var q in new[] { query, $"{token} {query}" })
        {
            var filter = PartnerFilter.Empty with { Query = string.IsNullOrWhiteSpace(q) ? null : q };
            var plain = await ResultAsync(PartnerSearchPath.Substring, filter);
            Assert.Equal(plain, await ResultAsync(PartnerSearchPath.Trigram, filter));
            Assert.Equal(plain, await ResultAsync(PartnerSearchPath.Memory, filter));
        }
    }

    [Theory]
    [InlineData("äpfel", 1)]
    [InlineData("aepfel", 1)]
    [InlineData("teststraße", 12)]
    [InlineData("istanbul", 2)]
    [InlineData("елка", 1)]
    [InlineData("الارشاد", 1)]
    [InlineData("100%", 1)]
    [InlineData("sicher_", 1)]
    [InlineData("\"hallo\"", 1)]
    [InlineData("near (klammer)", 1)]
    [InlineData("😀😀", 1)]
    public async Task Search_CorpusQuery_IndexedPathsFindTheFoldedText(string query, int expected)
    {
        var token = await CorpusTokenAsync();

        foreach (var path in new[] { PartnerSearchPath.Trigram, PartnerSearchPath.Memory })
        {
            var (total, _) = await ResultAsync(path, PartnerFilter.Empty with { Query = $"{token} {query}" });
            Assert.Equal(expected, total);
        }
    }

    [Fact]
    public async Task Search_FiltersAndPages_SameCountOrderAndPagesOnEveryPath()
    {
        var token = await CorpusTokenAsync();
        var filters = new[]
        {
            PartnerFilter.Empty with { Query = "beratung" },
            PartnerFilter.Empty with { Query = "testpartner", Topics = ["health"] },
            PartnerFilter.Empty with { Query = "ber", Page = 2 },
            PartnerFilter.Empty with { Topics = ["health"], Languages = ["ar"] },
            PartnerFilter.Empty with { Query = $"{token} str" },
            PartnerFilter.Empty with { Query = "oldenburg", Page = 3 },
            PartnerFilter.Empty with { Types = ["counselling"], Topics = ["health", "youth"], Page = 2 },
            PartnerFilter.Empty with { Query = "verein", BarrierFree = true },
            PartnerFilter.Empty,
        };

        foreach (var filter in filters)
        {
            var plain = await ResultAsync(PartnerSearchPath.Substring, filter);
            Assert.Equal(plain, await ResultAsync(PartnerSearchPath.Trigram, filter));
            Assert.Equal(plain, await ResultAsync(PartnerSearchPath.Memory, filter));
        }
    }

    private async Task<(int Total, string Slugs)> ResultAsync(PartnerSearchPath path, PartnerFilter filter)
    {
        using var scope = site.Services.CreateScope();
        var queries = QueriesOn(scope.ServiceProvider, path);
        var page = await queries.SearchAsync(filter, "de", CancellationToken.None);
        var all = await queries.AllAsync(filter, "de", 500, CancellationToken.None);
        Assert.Equal(page.TotalCount, all.Total);
        return (page.TotalCount, string.Join(" ", page.Items.Select(i => i.Slug).Append("|").Concat(all.Items.Select(i => i.Slug))));
    }

    internal static PartnerQueries QueriesOn(IServiceProvider services, PartnerSearchPath path) => new(
        services.GetRequiredService<AppDbContext>(), services.GetRequiredService<PartnerLookupCache>(), services.GetRequiredService<PartnerDirectoryIndexCache>())
    {
        SearchPath = path,
    };

    private async Task<string> CorpusTokenAsync()
    {
        if (s_corpusToken is not null)
        {
            return s_corpusToken;
        }

        var token = "korpus" + Guid.NewGuid().ToString("N")[..8];
        foreach (var text in Texts)
        {
            await new PartnerBuilder($"{token} {text[..Math.Min(12, text.Length)]} {Unique.Name("")}")
                .WithTopic("health").WithLanguage("ar").WithText("de", text).InsertAsync(site);
        }

        return s_corpusToken = token;
    }
}
