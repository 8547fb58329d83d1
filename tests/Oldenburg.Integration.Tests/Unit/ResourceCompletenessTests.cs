using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Tests.Unit;

/// <summary>
/// Every language has every text the German interface has, with the same placeholders. Read from the
/// compiled satellite assemblies, so a resource file that is present but not built counts as missing.
/// </summary>
public partial class ResourceCompletenessTests
{
    private static readonly System.Reflection.Assembly Site = typeof(SupportedCultures).Assembly;

    public static TheoryData<string, string> ResourcesInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var baseName in BaseNames())
        {
            foreach (var culture in SupportedCultures.Names.Where(c => c != SupportedCultures.Default))
            {
                data.Add(baseName, culture);
            }
        }

        return data;
    }

    [Fact]
    public void German_Resources_AreFound()
    {
        // Guards the theory below: without German resources it would have nothing to compare.
        Assert.Contains(BaseNames(), n => n.EndsWith(".SharedResource", StringComparison.Ordinal));
        Assert.True(BaseNames().Count >= 10, string.Join(", ", BaseNames()));
    }

    [Theory]
    [MemberData(nameof(ResourcesInEveryLanguage))]
    public void Resource_Language_HasEveryGermanKeyWithItsPlaceholders(string baseName, string culture)
    {
        var german = Texts(baseName, SupportedCultures.Default);
        var translated = Texts(baseName, culture);

        var missing = german.Keys.Except(translated.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"{baseName} in '{culture}' lacks: {string.Join(", ", missing)}");
        var empty = translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ToList();
        Assert.True(empty.Count == 0, $"{baseName} in '{culture}' has empty texts: {string.Join(", ", empty)}");
        var placeholders = german.Keys
            .Where(k => !Placeholders(german[k]).SetEquals(Placeholders(translated[k])))
            .ToList();
        Assert.True(placeholders.Count == 0, $"{baseName} in '{culture}' has other placeholders than German in: {string.Join(", ", placeholders)}");
    }

    private static List<string> BaseNames()
    {
        const string suffix = ".resources";
        var satellite = Site.GetSatelliteAssembly(CultureInfo.GetCultureInfo(SupportedCultures.Default));
        return [.. satellite.GetManifestResourceNames()
            .Where(n => n.EndsWith("." + SupportedCultures.Default + suffix, StringComparison.Ordinal))
            .Select(n => n[..^(SupportedCultures.Default.Length + 1 + suffix.Length)])
            .Order(StringComparer.Ordinal)];
    }

    // Only the language's own file: a text that falls back to the neutral or German one is missing.
    private static Dictionary<string, string> Texts(string baseName, string culture)
    {
        var set = new ResourceManager(baseName, Site).GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false);
        return set is null
            ? []
            : set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PlaceholderPattern();
}
