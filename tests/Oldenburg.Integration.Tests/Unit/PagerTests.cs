using Microsoft.Extensions.Localization;
using Oldenburg.Integration.Web.Features.Shared;

namespace Oldenburg.Integration.Tests.Unit;

/// <summary>Which page numbers a paged list links to: a long list stays a short row on a phone.</summary>
public class PagerTests
{
    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 5, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(1, 12, new[] { 1, 2, 3, 12 })]
    [InlineData(6, 12, new[] { 1, 4, 5, 6, 7, 8, 12 })]
    [InlineData(5, 12, new[] { 1, 2, 3, 4, 5, 6, 7, 12 })]
    [InlineData(12, 12, new[] { 1, 10, 11, 12 })]
    [InlineData(4, 7, new[] { 1, 2, 3, 4, 5, 6, 7 })]
    public void Shown_CurrentPageOfList_IsFirstLastAndTwoEitherSideWithoutSinglePageGaps(int current, int pageCount, int[] expected)
    {
        var pager = new Pager(current, pageCount, n => $"/de/news?page={n}", new NoTexts());

        Assert.Equal(expected, pager.Shown);
    }

    private sealed class NoTexts : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
