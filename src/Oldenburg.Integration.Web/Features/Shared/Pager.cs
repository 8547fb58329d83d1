using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Features.Shared;

/// <summary>
/// The page links under a paged list. Every list uses the one markup in _Pager.cshtml; a list brings
/// its own addresses and its own words for the links (its resource's Pager.* texts), since "older
/// news" says more than "next page" where the list has an order readers know.
/// </summary>
public sealed record Pager(int Current, int PageCount, Func<int, string> Href, IStringLocalizer Texts)
{
    /// <summary>
    /// First, last and two either side of the current page, in order. A long list stays a short row
    /// of links on a phone; the view marks each gap with an ellipsis. A gap of a single page shows
    /// that page's number instead, since an ellipsis there would hide a link and save no room.
    /// </summary>
    public IReadOnlyList<int> Shown =>
        [.. Enumerable.Range(1, PageCount).Where(n => Near(n) || (Near(n - 1) && Near(n + 1)))];

    private bool Near(int n) => n == 1 || n == PageCount || Math.Abs(n - Current) <= 2;
}
