using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// A source whose published items are few enough to hold in memory: they are read once per reader
/// language into a <see cref="SearchCorpus"/>, kept in the <see cref="TaggedMemoryCache"/> under the
/// source's <see cref="Tags"/>, and every save of that content evicts it (on every instance, through
/// the eviction bus). A search reads no database rows while the corpus is current.
/// </summary>
public abstract class CorpusSearchSource(TaggedMemoryCache cache) : ISiteSearchSource
{
    // Eviction keeps the corpus current; the lifetime only bounds what a missed eviction could cost.
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public abstract string Key { get; }

    public abstract string Label { get; }

    public abstract int Order { get; }

    public abstract IReadOnlyCollection<string> Tags { get; }

    public async Task<SiteSearchGroup> SearchAsync(SiteSearchQuery query, int limit, CancellationToken cancellationToken)
    {
        var corpus = await cache.GetOrCreateAsync(
            $"search:{Key}:{query.Culture}", Tags, Lifetime, async token => new SearchCorpus(await LoadAsync(query.Culture, token)), cancellationToken);
        return corpus.Find(query.Terms, limit);
    }

    /// <summary>
    /// Every published item with its versions in the reader's <paramref name="culture"/> and in
    /// German (see <see cref="Versions{T}"/>), in the order the type lists them. Texts are plain:
    /// rich text goes through <c>RichTextRenderer.PlainText</c> first.
    /// </summary>
    protected abstract Task<IEnumerable<SearchDocument>> LoadAsync(string culture, CancellationToken cancellationToken);

    /// <summary>
    /// For a type whose query hands out one row per item and language (the reader's and German):
    /// one document per item, in the rows' order, the reader's text first.
    /// </summary>
    protected static IEnumerable<SearchDocument> ByItem<T>(string culture, IEnumerable<T> rows, Func<T, string> url, Func<T, SearchText> text) =>
        rows.GroupBy(url, StringComparer.Ordinal)
            .Select(item => new SearchDocument(item.Key, [.. item.Select(text).OrderBy(v => v.Culture == culture ? 0 : 1)]));

    /// <summary>The reader's version, then the German one: the two languages a search looks in.</summary>
    protected static IReadOnlyList<SearchText> Versions<T>(IEnumerable<T> translations, string culture, Func<T, SearchText> text)
        where T : ContentTranslation =>
        [.. translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture)
            .OrderBy(t => t.Culture == culture ? 0 : 1).Select(text)];
}
