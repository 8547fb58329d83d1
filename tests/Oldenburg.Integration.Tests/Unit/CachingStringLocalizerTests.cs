using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Unit;

public class CachingStringLocalizerTests
{
    private static IStringLocalizer Shared() =>
        new CachingStringLocalizerFactory(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance))
        .Create(typeof(SharedResource));

    [Fact]
    public void Indexer_SameNameInTwoCultures_GivesEachCultureItsOwnText()
    {
        var localizer = Shared();

        var german = In("de", () => localizer["Validation.ValueInvalid", "x"].Value);
        var arabic = In("ar", () => localizer["Validation.ValueInvalid", "x"].Value);
        var germanAgain = In("de", () => localizer["Validation.ValueInvalid", "y"].Value);

        Assert.Equal("Der Wert „x“ ist ungültig.", german);
        Assert.Equal("القيمة «x» غير صالحة.", arabic);
        Assert.Equal("Der Wert „y“ ist ungültig.", germanAgain);
    }

    [Fact]
    public void Indexer_UnknownName_ReportsNotFoundEveryTime()
    {
        var localizer = Shared();

        var first = In("de", () => localizer["No.Such.Text"]);
        var second = In("de", () => localizer["No.Such.Text"]);

        Assert.True(first.ResourceNotFound);
        Assert.True(second.ResourceNotFound);
        Assert.Equal("No.Such.Text", second.Value);
    }

    [Fact]
    public void Factory_SameResource_ReturnsTheSameLocalizer()
    {
        var factory = new CachingStringLocalizerFactory(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

        Assert.Same(factory.Create(typeof(SharedResource)), factory.Create(typeof(SharedResource)));
    }

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, format);
        }
    }
}
