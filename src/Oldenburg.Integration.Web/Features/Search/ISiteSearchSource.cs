namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// One type of content the site search finds (ADR 0032). A new type plugs in with one class that
/// implements this (usually by deriving from <see cref="CorpusSearchSource"/>) and one line,
/// <c>services.AddSiteSearchSource&lt;TheSource&gt;()</c>; the results page, its cache tags and its
/// groups follow from the registered sources.
/// </summary>
public interface ISiteSearchSource
{
    /// <summary>The group's key: its anchor on the results page and the value of <c>?group=</c>.</summary>
    string Key { get; }

    /// <summary>The group's heading in the reader's language.</summary>
    string Label { get; }

    /// <summary>Where the group stands on the results page, smallest first.</summary>
    int Order { get; }

    /// <summary>The cache tags (content keys) whose change changes this source's results.</summary>
    IReadOnlyCollection<string> Tags { get; }

    /// <summary>
    /// The published items holding every term of <paramref name="query"/>, best first: how many there
    /// are and at most <paramref name="limit"/> of them. Drafts are never found.
    /// </summary>
    Task<SiteSearchGroup> SearchAsync(SiteSearchQuery query, int limit, CancellationToken cancellationToken);
}

/// <summary>One found item: the page it is on, its title and a plain text to cut the snippet from, in <paramref name="Culture"/>.</summary>
public sealed record SiteSearchHit(string Url, string Title, string Text, string Culture);

/// <summary>
/// What one source found. <paramref name="AllUrl"/> names a page of the source's own that lists all
/// matches (the directory for partners); without one, the results page lists them itself.
/// </summary>
public sealed record SiteSearchGroup(int Total, IReadOnlyList<SiteSearchHit> Hits, string? AllUrl = null)
{
    public static readonly SiteSearchGroup None = new(0, []);
}

public static class SiteSearchServiceCollectionExtensions
{
    /// <summary>Adds one source to the site search; scoped, so it may read the database through the request's context.</summary>
    public static IServiceCollection AddSiteSearchSource<TSource>(this IServiceCollection services)
        where TSource : class, ISiteSearchSource =>
        services.AddScoped<ISiteSearchSource, TSource>();
}
