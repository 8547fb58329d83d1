using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// Published partners only, except the staff preview. Search folds the query exactly as <see cref="Partner.SearchText"/>
/// was folded and matches substrings, so both database providers find the same entries; filters
/// combine with AND across kinds and OR within one kind (topic A or topic B).
/// </summary>
public sealed class PartnerQueries(AppDbContext db, PartnerLookupCache lookupCache, PartnerDirectoryIndexCache indexCache)
{
    private const int MaxTerms = 8;

    /// <summary>
    /// How a page of the directory is found: in this instance's memory by default. The database paths
    /// remain for the print view and open data, and for the equivalence tests that hold all paths equal.
    /// </summary>
    public PartnerSearchPath SearchPath { get; init; } = PartnerSearchPath.Memory;

    /// <summary>SQLite narrows by its trigram index; other providers use the plain substring search.</summary>
    private PartnerSearchPath DatabasePath => SearchPath != PartnerSearchPath.Memory ? SearchPath
        : db.Database.IsSqlite() ? PartnerSearchPath.Trigram : PartnerSearchPath.Substring;

    public Task<PartnerLookups> LookupsAsync(string culture, CancellationToken cancellationToken) =>
        lookupCache.ForCultureAsync(culture, cancellationToken);

    /// <summary>
    /// One page. The matches are found in the directory index (or the database, see <see cref="SearchPath"/>);
    /// the cards always come from the index, so the page reads no partner rows.
    /// </summary>
    public async Task<PartnerSearchResult> SearchAsync(PartnerFilter requested, string culture, CancellationToken cancellationToken)
    {
        var lookups = await LookupsAsync(culture, cancellationToken);
        var filter = requested.KeepKnown(lookups);
        var index = await indexCache.CurrentAsync(cancellationToken);
        var matches = SearchPath == PartnerSearchPath.Memory
            ? FindInMemory(index, filter, lookups)
            : await FindInDatabaseAsync(filter, lookups, cancellationToken);
        var pageCount = Math.Max(1, (matches.Total + PartnerFilter.PageSize - 1) / PartnerFilter.PageSize);
        filter = filter.WithPage(Math.Clamp(filter.Page, 1, pageCount));
        if (matches.Total == 0)
        {
            return new PartnerSearchResult(filter, lookups, 0, pageCount, []);
        }

        var ids = await matches.PageIds((filter.Page - 1) * PartnerFilter.PageSize, PartnerFilter.PageSize);
        var texts = await indexCache.ShortDescriptionsAsync(culture, cancellationToken);

        // A partner unpublished since the matches were found is not in the index any more: left out, never shown.
        var cards = ids.Select(id => index[id]).OfType<PartnerDirectoryIndex.Entry>().Select(e => ToCard(e, culture, lookups, texts));
        return new PartnerSearchResult(filter, lookups, matches.Total, pageCount, [.. cards]);
    }

    private static PartnerCard ToCard(PartnerDirectoryIndex.Entry entry, string culture, PartnerLookups lookups, IReadOnlyDictionary<int, string> texts)
    {
        var translated = texts.TryGetValue(entry.Id, out var text);
        return new PartnerCard(
            entry.Slug,
            entry.Name,
            ById(lookups.Types, entry.TypeId),
            entry.DistrictId is { } districtId ? ById(lookups.Districts, districtId) : null,
            [.. lookups.Topics.Values.Where(o => entry.TopicIds.Contains(o.Id))],
            [.. lookups.Languages.Values.Where(o => entry.LanguageIds.Contains(o.Id))],
            (translated ? text : entry.ShortDescription) ?? "",
            translated ? culture : ContentTranslation.SourceCulture,
            !translated && culture != ContentTranslation.SourceCulture,
            entry.IsSample);
    }

    private static LookupOption? ById(IReadOnlyDictionary<string, LookupOption> options, int id) => options.Values.FirstOrDefault(o => o.Id == id);

    private static Matches FindInMemory(PartnerDirectoryIndex index, PartnerFilter filter, PartnerLookups lookups)
    {
        var found = index.Find(new PartnerDirectoryIndex.Criteria(
            Terms(filter.Query),
            [.. filter.Topics.Select(k => lookups.Topics[k].Id)],
            [.. filter.Types.Select(k => lookups.Types[k].Id)],
            [.. filter.Languages.Select(k => lookups.Languages[k].Id)],
            [.. filter.Districts.Select(k => lookups.Districts[k].Id)],
            filter.BarrierFree));
        return new Matches(found.Total, (skip, take) => Task.FromResult(found.PageIds(skip, take)));
    }

    /// <summary>
    /// With a search, every matching id in result order in one query (which also gives the count);
    /// without one, a count and later the page's ids, both from the index on State and NameSortKey.
    /// </summary>
    private async Task<Matches> FindInDatabaseAsync(PartnerFilter filter, PartnerLookups lookups, CancellationToken cancellationToken)
    {
        var matching = Matching(filter, lookups);
        if (Terms(filter.Query).Count > 0)
        {
            var all = await Ordered(matching, filter).Select(p => p.Id).ToListAsync(cancellationToken);
            return new Matches(all.Count, (skip, take) => Task.FromResult(all.Skip(skip).Take(take).ToList()));
        }

        return new Matches(
            await matching.CountAsync(cancellationToken),
            (skip, take) => Ordered(matching, filter).Skip(skip).Take(take).Select(p => p.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Every match up to <paramref name="limit"/>, in result order (print view).</summary>
    public async Task<(PartnerFilter Filter, PartnerLookups Lookups, int Total, IReadOnlyList<PartnerView> Items)> AllAsync(
        PartnerFilter requested, string culture, int limit, CancellationToken cancellationToken)
    {
        var (filter, lookups, total, items) = await StreamAsync(requested, culture, limit, cancellationToken);
        return (filter, lookups, total, await items.ToListAsync(cancellationToken));
    }

    /// <summary>
    /// Like <see cref="AllAsync"/>, but the items are read from the database while they are enumerated,
    /// so that open data can write each row out before the next is read.
    /// </summary>
    public async Task<(PartnerFilter Filter, PartnerLookups Lookups, int Total, IAsyncEnumerable<PartnerView> Items)> StreamAsync(
        PartnerFilter requested, string culture, int limit, CancellationToken cancellationToken)
    {
        var lookups = await LookupsAsync(culture, cancellationToken);
        var filter = requested.KeepKnown(lookups) with { Page = 1 };
        var matching = Matching(filter, lookups);
        var total = await matching.CountAsync(cancellationToken);
        var rows = Project(Ordered(matching, filter).Take(limit), culture).AsAsyncEnumerable();
        return (filter, lookups, total, rows.Select(r => ToView(r, culture, lookups)));
    }

    /// <summary>One item by its address; <c>includeUnpublished</c> is for the staff preview only, public pages show published partners only.</summary>
    public async Task<PartnerView?> BySlugAsync(string slug, string culture, bool includeUnpublished, CancellationToken cancellationToken)
    {
        var row = await Project(db.Partners.Where(p => p.Slug == slug && (includeUnpublished || p.State == PublishState.Published)), culture)
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToView(row, culture, await LookupsAsync(culture, cancellationToken));
    }

    public Task<PartnerLogo?> PublishedLogoAsync(string slug, CancellationToken cancellationToken) =>
        db.Partners.AsNoTracking()
            .Where(p => p.Slug == slug && p.State == PublishState.Published && p.LogoFile != null)
            .Select(p => new PartnerLogo(p.LogoFile!, p.LogoContentType))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<(string Slug, DateTime UpdatedAt)>> PublishedSlugsAsync(CancellationToken cancellationToken) =>
        [.. (await db.Partners.AsNoTracking().Where(p => p.State == PublishState.Published).OrderBy(p => p.NameSortKey)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken)).Select(p => (p.Slug, p.UpdatedAt))];

    /// <summary>The folded search terms of a query: what <see cref="Partner.SearchText"/> must contain.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        [.. SearchFolding.Fold(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(MaxTerms)];

    private IQueryable<Partner> Matching(PartnerFilter filter, PartnerLookups lookups)
    {
        var terms = Terms(filter.Query);
        var query = Candidates(terms).AsNoTracking().Where(p => p.State == PublishState.Published);
        if (filter.Topics.Count > 0)
        {
            var ids = filter.Topics.Select(k => lookups.Topics[k].Id).ToList();
            var partnerIds = Links("PartnerTopics", "TopicsId", ids);
            query = query.Where(p => partnerIds.Contains(p.Id));
        }

        if (filter.Types.Count > 0)
        {
            var ids = filter.Types.Select(k => lookups.Types[k].Id).ToList();
            query = query.Where(p => ids.Contains(p.PartnerTypeId));
        }

        if (filter.Languages.Count > 0)
        {
            var ids = filter.Languages.Select(k => lookups.Languages[k].Id).ToList();
            var partnerIds = Links("PartnerLanguages", "LanguagesId", ids);
            query = query.Where(p => partnerIds.Contains(p.Id));
        }

        if (filter.Districts.Count > 0)
        {
            var ids = filter.Districts.Select(k => lookups.Districts[k].Id).ToList();
            query = query.Where(p => p.DistrictId != null && ids.Contains(p.DistrictId.Value));
        }

        if (filter.BarrierFree)
        {
            query = query.Where(p => p.BarrierFree);
        }

        // A parameter, not a constant: EF turns it into instr()/CHARINDEX() or an escaped LIKE, so % and _ stay literal.
        foreach (var term in terms)
        {
            query = query.Where(p => p.SearchText.Contains(term));
        }

        return query;
    }

    /// <summary>
    /// The partners linked to any of the lookup ids, as "Id IN (SELECT …)": SQLite then reads the link
    /// table by its lookup index instead of probing it once per partner, as a correlated EXISTS would.
    /// </summary>
    private IQueryable<int> Links(string joinTable, string lookupColumn, List<int> ids) =>
        db.Set<Dictionary<string, object>>(joinTable)
            .Where(link => ids.Contains(EF.Property<int>(link, lookupColumn)))
            .Select(link => EF.Property<int>(link, "PartnersId"));

    /// <summary>
    /// The rows that may hold every term: on the trigram path those the FTS5 index finds for the terms
    /// it can narrow by (three characters or more). The substring check in <see cref="Matching"/> still
    /// decides, so both paths return the same rows.
    /// </summary>
    private IQueryable<Partner> Candidates(IReadOnlyList<string> terms)
    {
        if (DatabasePath != PartnerSearchPath.Trigram || PartnerSearchIndex.MatchExpression(terms) is not { } match)
        {
            return db.Partners;
        }

        // The match text is a parameter, never SQL; MatchExpression has quoted every term for FTS5.
        return db.Partners.FromSql($"""
            SELECT * FROM "Partners" WHERE "Id" IN (SELECT rowid FROM "PartnerSearch" WHERE "PartnerSearch" MATCH {match})
            """);
    }

    private static IQueryable<Partner> Ordered(IQueryable<Partner> query, PartnerFilter filter)
    {
        var terms = Terms(filter.Query);
        return terms.Count == 0
            ? query.OrderBy(p => p.NameSortKey).ThenBy(p => p.Id)
            : query.OrderBy(Relevance(string.Join(' ', terms), terms)).ThenBy(p => p.NameSortKey).ThenBy(p => p.Id);
    }

    /// <summary>0 when the name starts with the query, 1 when the name holds every term, else 2.</summary>
    private static Expression<Func<Partner, int>> Relevance(string phrase, IReadOnlyList<string> terms)
    {
        var partner = Expression.Parameter(typeof(Partner), "p");
        var name = Expression.Property(partner, nameof(Partner.NameSortKey));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

        // Member access on a captured object makes EF send each term as a parameter, like a closure would.
        static Expression Parameter(string value) => Expression.Property(Expression.Constant(new Captured(value)), nameof(Captured.Value));
        var nameHasAll = terms.Select(t => (Expression)Expression.Call(name, contains, Parameter(t))).Aggregate(Expression.AndAlso);
        var body = Expression.Condition(
            Expression.Call(name, startsWith, Parameter(phrase)),
            Expression.Constant(0),
            Expression.Condition(nameHasAll, Expression.Constant(1), Expression.Constant(2)));
        return Expression.Lambda<Func<Partner, int>>(body, partner);
    }

    private static IQueryable<PartnerRow> Project(IQueryable<Partner> query, string culture) =>
        query.AsNoTracking().AsSplitQuery().Select(p => new PartnerRow
        {
            Id = p.Id,
            Slug = p.Slug,
            Name = p.Name,
            TypeId = p.PartnerTypeId,
            DistrictId = p.DistrictId,
            TopicIds = p.Topics.Select(t => t.Id).ToList(),
            LanguageIds = p.Languages.Select(l => l.Id).ToList(),
            Street = p.Street,
            PostalCode = p.PostalCode,
            City = p.City,
            Phone = p.Phone,
            Email = p.Email,
            Website = p.Website,
            BarrierFree = p.BarrierFree,
            AppointmentOnly = p.AppointmentOnly,
            OpeningHours = p.OpeningHours.ToList(),
            Texts = p.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture).ToList(),
            LastCheckedAt = p.LastCheckedAt,
            LogoFile = p.LogoFile,
            UpdatedAt = p.UpdatedAt,
            IsSample = p.IsSample,
        });

    private static PartnerView ToView(PartnerRow row, string culture, PartnerLookups lookups)
    {
        var text = row.Texts.ForCulture(culture);
        return new PartnerView(
            row.Slug,
            row.Name,
            ById(lookups.Types, row.TypeId),
            row.DistrictId is { } districtId ? ById(lookups.Districts, districtId) : null,
            [.. lookups.Topics.Values.Where(o => row.TopicIds.Contains(o.Id))],
            [.. lookups.Languages.Values.Where(o => row.LanguageIds.Contains(o.Id))],
            row.Street,
            row.PostalCode,
            row.City,
            row.Phone,
            row.Email,
            row.Website,
            row.BarrierFree,
            row.AppointmentOnly,
            [.. row.OpeningHours.Where(h => h.IsValid).OrderBy(h => Week.Order(h.Day)).ThenBy(h => h.Opens)],
            text?.Value.ShortDescription ?? "",
            text?.Value.Description,
            text?.Value.TargetGroups,
            text?.Culture ?? ContentTranslation.SourceCulture,
            text?.IsFallback ?? false,
            row.LastCheckedAt,
            row.LogoFile,
            row.UpdatedAt,
            row.IsSample);
    }

    private sealed record Captured(string Value);

    private sealed record Matches(int Total, Func<int, int, Task<List<int>>> PageIds);

    private sealed class PartnerRow
    {
        public int Id { get; init; }

        public string Slug { get; init; } = "";

        public string Name { get; init; } = "";

        public int TypeId { get; init; }

        public int? DistrictId { get; init; }

        public List<int> TopicIds { get; init; } = [];

        public List<int> LanguageIds { get; init; } = [];

        public string? Street { get; init; }

        public string? PostalCode { get; init; }

        public string? City { get; init; }

        public string? Phone { get; init; }

        public string? Email { get; init; }

        public string? Website { get; init; }

        public bool BarrierFree { get; init; }

        public bool AppointmentOnly { get; init; }

        public List<OpeningHoursRule> OpeningHours { get; init; } = [];

        public List<PartnerTranslation> Texts { get; init; } = [];

        public DateTime? LastCheckedAt { get; init; }

        public string? LogoFile { get; init; }

        public DateTime UpdatedAt { get; init; }

        public bool IsSample { get; init; }
    }
}

public sealed record PartnerLogo(string File, string? ContentType);
