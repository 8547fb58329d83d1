using System.Globalization;

namespace Oldenburg.Integration.Web.Infrastructure.Localization;

/// <summary>The culture this request renders in, as set by the localization middleware from the URL.</summary>
public static class CultureContext
{
    public static string Current
    {
        get
        {
            var name = CultureInfo.CurrentUICulture.Name;
            return SupportedCultures.IsSupported(name) ? name : SupportedCultures.Default;
        }
    }
}
