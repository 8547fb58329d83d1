using Oldenburg.Integration.Web.Features.Monitor;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Unit;

public class LocalDigitsTests
{
    [Fact]
    public void WithMonthName_Farsi_GregorianDateInPersianDigits()
    {
        var text = DateFormats.WithMonthName(new DateTime(2026, 12, 1), SupportedCultures.Get("fa"));

        // ۲۰۲۶ is 2026; the solar Hijri calendar, the culture's default, would have said 1405.
        Assert.Contains("۲۰۲۶", text, StringComparison.Ordinal);
        Assert.DoesNotContain("۱۴۰۵", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", text);
    }

    [Theory]
    [InlineData("ar", "16٫2%")]
    [InlineData("de", "16,2\u00A0%")]
    public void MonitorValue_CultureWithoutOwnDigits_KeepsDigitsZeroToNine(string culture, string expected) =>
        Assert.Equal(expected, MonitorFormat.Value(16.2m, 1, MonitorFormat.Percent, SupportedCultures.Get(culture)));

    [Fact]
    public void MonitorValue_Farsi_WritesPersianDigits()
    {
        var text = MonitorFormat.Value(16.2m, 1, MonitorFormat.Percent, SupportedCultures.Get("fa"));

        Assert.Contains("۱۶", text, StringComparison.Ordinal);
        Assert.Contains("۲", text, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]", text);
    }

    [Fact]
    public void Arguments_Farsi_ShapesNumbersButNotText()
    {
        var shaped = LocalDigits.Arguments(["Beispielverein-00042", 42], SupportedCultures.Get("fa"));

        Assert.Equal(["Beispielverein-00042", "۴۲"], shaped);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ru")]
    public void Get_EveryLanguage_UsesTheGregorianCalendar(string culture) =>
        Assert.IsType<System.Globalization.GregorianCalendar>(SupportedCultures.Get(culture).DateTimeFormat.Calendar);
}
