using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// Hands out localizers that remember each text per culture. A page render asks for a few hundred
/// texts; the resource manager takes a lock for every one of them, and under load the threads
/// spent a noticeable share of their time waiting on it (ADR 0026). Texts come from the
/// compiled resources, so they never change while the process runs.
/// </summary>
public sealed class CachingStringLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<(Type? Source, string? BaseName, string? Location), IStringLocalizer> localizers = new();

    public IStringLocalizer Create(Type resourceSource) =>
        localizers.GetOrAdd((resourceSource, null, null), key => new CachingStringLocalizer(resources.Create(key.Source!)));

    public IStringLocalizer Create(string baseName, string location) =>
        localizers.GetOrAdd((null, baseName, location), key => new CachingStringLocalizer(resources.Create(key.BaseName!, key.Location!)));
}

/// <summary>One resource's texts, remembered per UI culture and name.</summary>
public sealed class CachingStringLocalizer(IStringLocalizer resources) : IStringLocalizer
{
    // Names come from code and lookup keys, so the set is small; the bound only guards against a caller passing free text.
    private const int MaximumEntries = 20_000;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (texts.TryGetValue(key, out var text))
            {
                return text;
            }

            text = resources[name];
            if (texts.Count < MaximumEntries)
            {
                texts.TryAdd(key, text);
            }

            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            var culture = CultureInfo.CurrentCulture;
            return new LocalizedString(name, string.Format(culture, format.Value, LocalDigits.Arguments(arguments, culture)), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => resources.GetAllStrings(includeParentCultures);
}
