using Microsoft.AspNetCore.Http;

using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Unit;

public class PathCultureProviderTests
{
    [Theory]
    [InlineData("/de/offers/x", "de")]
    [InlineData("/ar", "ar")]
    [InlineData("/en/", "en")]
    [InlineData("de/offers", "de")]
    [InlineData("/xx/offers", "xx")]
    [InlineData("/", "")]
    public void FirstSegment_Path_ReturnsTextBeforeSecondSlash(string path, string expected)
    {
        Assert.Equal(expected, PathCultureProvider.FirstSegment(path));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void FirstSegment_NoPath_ReturnsNull(string? path)
    {
        Assert.Null(PathCultureProvider.FirstSegment(path));
    }

    [Theory]
    [InlineData("/ar/offers", "ar")]
    [InlineData("/en", "en")]
    public async Task DetermineProviderCultureResult_SupportedCulturePath_ReturnsThatCulture(string path, string expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;

        var result = await new PathCultureProvider().DetermineProviderCultureResult(context);

        Assert.NotNull(result);
        Assert.Equal(expected, Assert.Single(result.Cultures).Value);
        Assert.Equal(expected, Assert.Single(result.UICultures).Value);
    }

    [Theory]
    [InlineData("/xx/offers")]
    [InlineData("/admin")]
    [InlineData("/")]
    public async Task DetermineProviderCultureResult_UnsupportedPath_ReturnsNull(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;

        Assert.Null(await new PathCultureProvider().DetermineProviderCultureResult(context));
    }
}
