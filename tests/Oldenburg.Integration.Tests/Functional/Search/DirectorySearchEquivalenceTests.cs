using Microsoft.Extensions.DependencyInjection;
using Oldenburg.Integration.Tests.Infrastructure;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Tests.Functional.Search;

/// <summary>
/// The trigram index only narrows the rows; these tests hold that it never changes which partners a
/// query finds, in what order, or how many, against the plain substring search SQL Server runs.
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
    public async Task Search_TrickyQuery_TrigramPathFindsExactlyWhatSubstringFinds(string query)
    {
        var token = await CorpusTokenAsync();

        foreach (var q in new[] { query, $"{token} {query}" })
        {
            var filter = PartnerFilter.Empty with { Query = string.IsNullOrWhiteSpace(q) ? null : q };
            var plain = await ResultAsync(PartnerSearchPath.Substring, filter);
            var indexed = await ResultAsync(PartnerSearchPath.Trigram, filter);
            Assert.Equal(plain, indexed);
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
    public async Task Search_CorpusQuery_TrigramPathFindsTheFoldedText(string query, int expected)
    {
        var token = await CorpusTokenAsync();

        var (total, _) = await ResultAsync(PartnerSearchPath.Trigram, PartnerFilter.Empty with { Query = $"{token} {query}" });

        Assert.Equal(expected, total);
    }

    [Fact]
    public async Task Search_FiltersAndPages_SameCountOrderAndPagesOnBothPaths()
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
        };

        foreach (var filter in filters)
        {
            Assert.Equal(await ResultAsync(PartnerSearchPath.Substring, filter), await ResultAsync(PartnerSearchPath.Trigram, filter));
        }
    }

    private async Task<(int Total, string Slugs)> ResultAsync(PartnerSearchPath path, PartnerFilter filter)
    {
        using var scope = site.Services.CreateScope();
        var queries = new PartnerQueries(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredService<PartnerLookupCache>())
        {
            SearchPath = path,
        };
        var page = await queries.SearchAsync(filter, "de", CancellationToken.None);
        var all = await queries.AllAsync(filter, "de", 500, CancellationToken.None);
        Assert.Equal(page.TotalCount, all.Total);
        return (page.TotalCount, string.Join(" ", page.Items.Select(i => i.Slug).Append("|").Concat(all.Items.Select(i => i.Slug))));
    }

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
