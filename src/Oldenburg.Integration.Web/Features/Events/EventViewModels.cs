using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Features.Shared;

namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>A link to another public page: a partner or one of the office's tasks, named in the reader's language.</summary>
public sealed record EventLink(string Slug, string Name, string Culture);

/// <summary>One event with every public field; texts in the reader's language or German (then <see cref="IsFallback"/>).</summary>
public sealed record EventView(
    string Slug,
    string Title,
    string Description,
    string DescriptionText,
    string TextCulture,
    bool IsFallback,
    DateTime StartLocal,
    DateTime EndLocal,
    bool IsAllDay,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    EventPlace Place,
    string Organizer,
    EventLink? OrganizerPartner,
    EventTerms Terms,
    bool IsSample,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Languages,
    IReadOnlyList<EventLink> Tasks,
    DateTime UpdatedAt)
{
    /// <summary>For the translation review notice (ADR 0037).</summary>
    public int Id { get; init; }

    public bool SpansDays => EndLocal.Date > StartLocal.Date;
}

public sealed record EventPlace(bool IsOnline, string? OnlineUrl, string? Name, string? Street, string? PostalCode, string? City)
{
    public bool HasAddress => !string.IsNullOrWhiteSpace(Street) || !string.IsNullOrWhiteSpace(City);

    /// <summary>One line for lists, feeds and the search: "Altes Rathaus, Markt 1, 26105 Oldenburg".</summary>
    public string Line => string.Join(", ", new[] { Name, Street, $"{PostalCode} {City}".Trim() }.Where(s => !string.IsNullOrWhiteSpace(s)));
}

/// <summary>What taking part needs: registration, cost, access.</summary>
public sealed record EventTerms(bool RegistrationRequired, string? RegistrationUrl, string? RegistrationContact, bool BarrierFree, bool IsFree, string? FeeText);

public sealed record EventListViewModel(
    EventFilter Filter,
    IReadOnlyList<EventView> Items,
    int TotalCount,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Languages,
    IReadOnlyList<string> Months,
    bool IsArchive)
{
    public int PageCount => Math.Max(1, (TotalCount + EventFilter.PageSize - 1) / EventFilter.PageSize);

    public string ListPath(string culture) => IsArchive ? $"/{culture}/events/archive" : $"/{culture}/events";

    public Pager PagerFor(string culture, IStringLocalizer texts) =>
        new(Filter.Page, PageCount, n => ListPath(culture) + Filter.WithPage(n).ToQueryString(), texts);
}

/// <summary>A published upcoming event's text in one language, for the site search.</summary>
public sealed record EventSearchText(string Slug, string Culture, string Title, string Description, string Place);
