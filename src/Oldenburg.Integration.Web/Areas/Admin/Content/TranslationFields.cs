using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>One field of the side-by-side editor: the German source beside the target language.</summary>
public sealed record TranslationField(string Name, string Label, string? Source, string? Target, bool IsLong, int? MaxLength);

/// <summary>
/// Reads and writes a language block's text fields by name, so that the side-by-side editor works
/// for every content type without a form of its own: the fields are the block's labelled strings.
/// </summary>
public static class TranslationFields
{
    public const int LongTextFrom = 300;

    public static IReadOnlyList<TranslationField> Pair(ITextEditModel source, ITextEditModel target) =>
        [.. TextProperties(source.GetType()).Select(p =>
        {
            var max = p.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength;
            return new TranslationField(
                p.Name,
                p.GetCustomAttribute<DisplayAttribute>()!.GetName() ?? p.Name,
                (string?)p.GetValue(source),
                (string?)p.GetValue(target),
                max is null or > LongTextFrom,
                max);
        })];

    /// <summary>Copies the posted values onto the block; names that are not text fields of the block are ignored.</summary>
    public static void Apply(ITextEditModel target, IReadOnlyDictionary<string, string?> values)
    {
        foreach (var property in TextProperties(target.GetType()))
        {
            if (values.TryGetValue(property.Name, out var value))
            {
                property.SetValue(target, value);
            }
        }
    }

    private static IEnumerable<PropertyInfo> TextProperties(Type blockType) =>
        blockType.GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.CanWrite && p.GetCustomAttribute<DisplayAttribute>() is not null);
}
