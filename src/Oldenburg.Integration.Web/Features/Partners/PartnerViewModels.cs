using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>A lookup entry in the reader's language (or German, then <see cref="Culture"/> says so).</summary>
public sealed record LookupOption(int Id, string Key, string Name, string Culture);

/// <summary>The four lookup lists, keyed by their URL key (case-insensitively), in staff's sort order.</summary>
public sealed record PartnerLookups(
    IReadOnlyDictionary<string, LookupOption> Types,
    IReadOnlyDictionary<string, LookupOption> Topics,
    IReadOnlyDictionary<string, LookupOption> Languages,
    IReadOnlyDictionary<string, LookupOption> Districts);

/// <summary>One published partner with every public field, texts in the reader's language or German.</summary>
public sealed record PartnerView(
    string Slug,
    string Name,
    LookupOption? Type,
    LookupOption? District,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Languages,
    string? Street,
    string? PostalCode,
    string? City,
    string? Phone,
    string? Email,
    string? Website,
    bool BarrierFree,
    bool AppointmentOnly,
    IReadOnlyList<OpeningHoursRule> OpeningHours,
    string ShortDescription,
    string? Description,
    string? TargetGroups,
    string TextCulture,
    bool IsFallback,
    DateTime? LastCheckedAt,
    string? LogoFile,
    DateTime UpdatedAt,
    bool IsSample = false)
{
    public bool HasAddress => !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(City);

    public string AddressLine => string.Join(", ", new[] { Street, string.Join(' ', new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s))) }
        .Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>What a directory card shows of one partner: the text in the reader's language or German.</summary>
public sealed record PartnerCard(
    string Slug,
    string Name,
    LookupOption? Type,
    LookupOption? District,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Languages,
    string ShortDescription,
    string TextCulture,
    bool IsFallback,
    bool IsSample);

public sealed record PartnerSearchResult(
    PartnerFilter Filter,
    PartnerLookups Lookups,
    int TotalCount,
    int PageCount,
    IReadOnlyList<PartnerCard> Items);

public sealed record PartnerDetailsViewModel(PartnerView Partner, OpeningStatus Status);

public sealed record PartnerPrintViewModel(PartnerFilter Filter, PartnerLookups Lookups, IReadOnlyList<PartnerView> Items, int TotalCount, DateTimeOffset GeneratedAt);

public sealed record CheckboxGroupModel(string Name, string Legend, IEnumerable<LookupOption> Options, IReadOnlyList<string> Selected, bool Open = false);
