using System.Reflection;
using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>
/// Names the resource set a form model's display names and messages come from, so a feature can
/// keep its strings in its own .resx files instead of everyone editing SharedResource.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FeatureResourceAttribute(Type resourceType) : Attribute
{
    public Type ResourceType { get; } = resourceType;
}

/// <summary>
/// The data-annotations localizer: a model marked with <see cref="FeatureResourceAttribute"/> reads
/// its feature's strings first and the shared ones (Validation.*) second.
/// </summary>
public static class FeatureResourceLocalizer
{
    public static IStringLocalizer For(Type modelType, IStringLocalizerFactory factory)
    {
        var shared = factory.Create(typeof(SharedResource));
        var feature = modelType.GetCustomAttribute<FeatureResourceAttribute>();
        return feature is null ? shared : new FallbackStringLocalizer(factory.Create(feature.ResourceType), shared);
    }

    private sealed class FallbackStringLocalizer(IStringLocalizer first, IStringLocalizer second) : IStringLocalizer
    {
        public LocalizedString this[string name]
        {
            get
            {
                var value = first[name];
                return value.ResourceNotFound ? second[name] : value;
            }
        }

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                var value = first[name, arguments];
                return value.ResourceNotFound ? second[name, arguments] : value;
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
            first.GetAllStrings(includeParentCultures).Concat(second.GetAllStrings(includeParentCultures));
    }
}
