using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

public static class LocalizationServiceCollectionExtensions
{
    public static IServiceCollection AddAppLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachingStringLocalizerFactory>());

        // Razor would otherwise write every Arabic letter as a character reference, tripling page size.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RouteOptions>(o =>
        {
            o.ConstraintMap[CultureRouteConstraint.Name] = typeof(CultureRouteConstraint);
            o.LowercaseUrls = true;
        });
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures.Default);
            o.SupportedCultures = [.. SupportedCultures.All];
            o.SupportedUICultures = [.. SupportedCultures.All];
            o.FallBackToParentUICultures = false;
            // The URL alone decides the language; Accept-Language is only used to redirect "/".
            o.RequestCultureProviders = [new PathCultureProvider()];
        });
        return services;
    }

    public static IMvcBuilder AddAppMvc(this IServiceCollection services)
    {
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        return services
            .AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = FeatureResourceLocalizer.For);
    }

    /// <summary>MVC's built-in binding messages ("The value '' is invalid.") are English only; route them through the resources.</summary>
    public static IServiceCollection AddLocalizedModelBindingMessages(this IServiceCollection services)
    {
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((mvc, factory) =>
        {
            var l = factory.Create(typeof(SharedResource));
            var messages = mvc.ModelBindingMessageProvider;
            messages.SetValueIsInvalidAccessor(v => l["Validation.ValueInvalid", v]);
            messages.SetAttemptedValueIsInvalidAccessor((v, f) => l["Validation.ValueInvalid", v]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => l["Validation.ValueInvalid", v]);
            messages.SetUnknownValueIsInvalidAccessor(f => l["Validation.ValueUnknown"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation.ValueUnknown"]);
            messages.SetValueMustNotBeNullAccessor(f => l["Validation.Required"]);
            messages.SetMissingBindRequiredValueAccessor(f => l["Validation.Required"]);
            messages.SetMissingKeyOrValueAccessor(() => l["Validation.Required"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation.Required"]);
            messages.SetValueMustBeANumberAccessor(f => l["Validation.Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation.Number"]);
        });
        return services;
    }
}
