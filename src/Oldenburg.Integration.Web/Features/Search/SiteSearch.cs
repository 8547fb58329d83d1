namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// Runs every registered <see cref="ISiteSearchSource"/> for one query and puts their groups in
/// order. One after the other rather than at once: sources share the request's database context,
/// and with their corpora in memory each answers in microseconds.
/// </summary>
public sealed class SiteSearch(IEnumerable<ISiteSearchSource> sources)
{
    /// <summary>How many hits a group shows before it links to all of them.</summary>
    public const int GroupCap = 5;

    private readonly ISiteSearchSource[] sources = [.. sources.OrderBy(s => s.Order).ThenBy(s => s.Key, StringComparer.Ordinal)];

    /// <summary>Every source's cache tags: a saved item of any type can change the results page.</summary>
    public IReadOnlyCollection<string> Tags => [.. sources.SelectMany(s => s.Tags).Distinct(StringComparer.Ordinal)];

    public bool IsGroup(string? key) => key is not null && sources.Any(s => s.Key == key);

    /// <param name="query">The parsed query; one that cannot run gives no groups.</param>
    /// <param name="expanded">The group shown whole (any other key is ignored); the others show <see cref="GroupCap"/> hits.</param>
    /// <param name="cancellationToken">Ends the search when the reader leaves.</param>
    public async Task<SiteSearchResult> SearchAsync(SiteSearchQuery query, string? expanded, CancellationToken cancellationToken)
    {
        if (!query.CanRun)
        {
            return new SiteSearchResult(query, []);
        }

        var groups = new List<SiteSearchResultGroup>();
        foreach (var source in sources)
        {
            var group = await source.SearchAsync(query, source.Key == expanded ? int.MaxValue : GroupCap, cancellationToken);
            if (group.Total > 0)
            {
                groups.Add(new SiteSearchResultGroup(source.Key, source.Label, group, source.Key == expanded));
            }
        }

        return new SiteSearchResult(query, groups);
    }
}

public sealed record SiteSearchResult(SiteSearchQuery Query, IReadOnlyList<SiteSearchResultGroup> Groups)
{
    public int Total => Groups.Sum(g => g.Found.Total);
}

public sealed record SiteSearchResultGroup(string Key, string Label, SiteSearchGroup Found, bool Expanded)
{
    public bool HasMore => Found.Hits.Count < Found.Total;
}
