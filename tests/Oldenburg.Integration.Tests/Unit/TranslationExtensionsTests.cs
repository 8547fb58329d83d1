using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class TranslationExtensionsTests
{
    private static OfferTranslation Text(string culture) => new() { Culture = culture, Title = $"title-{culture}" };

    [Fact]
    public void ForCulture_TranslationExists_ReturnsItWithoutFallback()
    {
        var result = new[] { Text("de"), Text("en"), Text("ar") }.ForCulture("en");

        Assert.NotNull(result);
        Assert.Equal("title-en", result.Value.Title);
        Assert.Equal("en", result.Culture);
        Assert.False(result.IsFallback);
    }

    [Fact]
    public void ForCulture_GermanRequestedAndListedLast_ReturnsGermanWithoutFallback()
    {
        var result = new[] { Text("ar"), Text("de") }.ForCulture("de");

        Assert.NotNull(result);
        Assert.Equal("title-de", result.Value.Title);
        Assert.False(result.IsFallback);
    }

    [Fact]
    public void ForCulture_TranslationMissing_ReturnsGermanMarkedAsFallback()
    {
        var result = new[] { Text("ar"), Text("de") }.ForCulture("en");

        Assert.NotNull(result);
        Assert.Equal("title-de", result.Value.Title);
        Assert.Equal("de", result.Culture);
        Assert.True(result.IsFallback);
    }

    [Fact]
    public void ForCulture_TranslationAndGermanMissing_ReturnsNull()
    {
        Assert.Null(new[] { Text("ar") }.ForCulture("en"));
        Assert.Null(Array.Empty<OfferTranslation>().ForCulture("de"));
    }
}
