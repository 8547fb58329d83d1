using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

/// <summary>
/// A picture needs words for readers who cannot see it, in every language the item is written in:
/// screen readers read the alternative text of the reader's language.
/// </summary>
public static class NewsImageRules
{
    public static void RequireAltTexts(NewsEditModel model, ModelStateDictionary modelState)
    {
        for (var i = 0; i < model.Texts.Count; i++)
        {
            var text = model.Texts[i];
            var isSource = text.Culture == ContentTranslation.SourceCulture;
            if ((isSource || !text.IsEmpty) && string.IsNullOrWhiteSpace(text.ImageAlt))
            {
                modelState.AddModelError(
                    $"{nameof(model.Texts)}[{i}].{nameof(NewsTextEditModel.ImageAlt)}",
                    $"Die Meldung hat ein Bild. Bitte beschreiben Sie in einem Satz, was darauf zu sehen ist (Alternativtext, {SupportedCultures.NativeName(text.Culture)}).");
            }
        }
    }
}
