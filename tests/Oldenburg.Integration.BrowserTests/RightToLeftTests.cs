using System.Text.RegularExpressions;
using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>KERN is left-to-right only; Arabic pages must get the generated RTL twin and really lay out right to left.</summary>
[Collection(BrowserSuite.Name)]
public sealed partial class RightToLeftTests(BrowserFixture fixture)
{
    private const string LoadedStylesheets =
        "() => Array.from(document.styleSheets).filter(s => s.href && s.cssRules.length > 0).map(s => new URL(s.href).pathname)";

    [Fact]
    public async Task ArabicPages_Rendered_AreRightToLeftWithRtlStylesheet()
    {
        await using var session = await fixture.NewSessionAsync();
        foreach (var (path, status) in SitePages.Kinds("ar"))
        {
            await session.GotoAsync(path, status);
            await AssertDirectionAsync(session, "ar", "rtl", RtlKernSheet(), LtrKernSheet());
        }

        session.Guard.AssertNothingLeftTheMachine();
    }

    [Fact]
    public async Task GermanPages_Rendered_AreLeftToRightWithoutRtlStylesheet()
    {
        await using var session = await fixture.NewSessionAsync();
        foreach (var (path, status) in SitePages.Kinds("de"))
        {
            await session.GotoAsync(path, status);
            await AssertDirectionAsync(session, "de", "ltr", LtrKernSheet(), RtlKernSheet());
        }

        session.Guard.AssertNothingLeftTheMachine();
    }

    private static async Task AssertDirectionAsync(BrowserSession session, string lang, string dir, Regex wanted, Regex unwanted)
    {
        var where = " on " + session.Page.Url;
        var html = session.Page.Locator("html");
        Assert.True(await html.GetAttributeAsync("lang") == lang, "html lang is not " + lang + where);
        Assert.True(await html.GetAttributeAsync("dir") == dir, "html dir is not " + dir + where);
        var sheets = await session.Page.EvaluateAsync<string[]>(LoadedStylesheets);
        Assert.True(sheets.Any(wanted.IsMatch), $"No stylesheet matching {wanted} loaded{where}; loaded: {string.Join(", ", sheets)}");
        Assert.False(sheets.Any(unwanted.IsMatch), $"A stylesheet matching {unwanted} loaded{where}");
        var direction = await session.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).direction");
        Assert.True(direction == dir, $"body direction is {direction}{where}");
    }

    // Either /lib/kern/kern.rtl.css or a fingerprinted name such as /lib/kern/kern.rtl.k3j2h1.css.
    [GeneratedRegex(@"^/lib/kern/kern\.rtl(\.[a-z0-9]+)?\.css$", RegexOptions.IgnoreCase)]
    private static partial Regex RtlKernSheet();

    [GeneratedRegex(@"^/lib/kern/kern(\.(?!rtl\.)[a-z0-9]+)?\.css$", RegexOptions.IgnoreCase)]
    private static partial Regex LtrKernSheet();
}
