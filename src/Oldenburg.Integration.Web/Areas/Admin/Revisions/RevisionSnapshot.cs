using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

/// <summary>One field of a stored revision as an editor reads it: "Titel (English)" = "Advice".</summary>
public sealed record SnapshotField(string Key, string Label, string Value);

/// <summary>
/// Turns any edit model into labelled fields by reflection, so that every content type gets a
/// readable history without writing one. Labels come from [Display]; language blocks
/// (<see cref="ITextEditModel"/>) become one field per language, empty translations none.
/// </summary>
public static class RevisionSnapshot
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    public static IReadOnlyList<SnapshotField> Flatten(object editModel)
    {
        ArgumentNullException.ThrowIfNull(editModel);
        var fields = new List<SnapshotField>();
        AddObject(editModel, keyPrefix: "", labelSuffix: "", fields);
        return fields;
    }

    /// <summary>
    /// The properties a revision records: read-write, public, not form bookkeeping (the loaded
    /// version and state), not uploads and not marked as form-only.
    /// </summary>
    public static bool IsRecorded(PropertyInfo property) =>
        property.CanRead && property.CanWrite
        && property.GetMethod!.IsPublic && property.SetMethod!.IsPublic
        && property.GetIndexParameters().Length == 0
        && property.Name is not (nameof(IVersionedEditModel.LoadedVersion) or nameof(IPublishableEditModel.LoadedState))
        && !typeof(IFormFile).IsAssignableFrom(property.PropertyType)
        && !typeof(IEnumerable<IFormFile>).IsAssignableFrom(property.PropertyType)
        && property.GetCustomAttribute<JsonIgnoreAttribute>() is null
        && property.GetCustomAttribute<NotInRevisionAttribute>() is null;

    private static void AddObject(object model, string keyPrefix, string labelSuffix, List<SnapshotField> fields)
    {
        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsRecorded))
        {
            if (model is ITextEditModel && property.Name == nameof(ITextEditModel.Culture))
            {
                continue;
            }

            var value = property.GetValue(model);
            var key = keyPrefix + property.Name;
            var label = LabelOf(property) + labelSuffix;
            if (value is IEnumerable<ITextEditModel> blocks)
            {
                foreach (var block in blocks.Where(b => b.Culture == ContentTranslation.SourceCulture || !b.IsEmpty))
                {
                    AddObject(block, $"{key}[{block.Culture}].", $" ({LanguageName(block.Culture)})", fields);
                }
            }
            else
            {
                fields.Add(new SnapshotField(key, label, Format(value)));
            }
        }
    }

    private static string LabelOf(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? property.Name;

    private static string LanguageName(string culture) =>
        SupportedCultures.IsSupported(culture) ? SupportedCultures.NativeName(culture) : culture;

    public static string Format(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        bool flag => flag ? "Ja" : "Nein",
        PublishState state => StateLabel(state),
        DayOfWeek day => German.DateTimeFormat.GetDayName(day),
        Enum other => EnumLabel(other),
        DateTime time => FormatTime(time),
        DateTimeOffset moment => TimeZoneInfo.ConvertTime(moment, OpeningStatus.Berlin).ToString("dd.MM.yyyy HH:mm", German),
        DateOnly date => date.ToString("dd.MM.yyyy", German),
        TimeOnly time => time.ToString("HH:mm", German),
        IFormattable number => number.ToString(null, German),
        IEnumerable items => string.Join(ListSeparator(items), items.Cast<object?>().Where(i => !IsBlankRow(i)).Select(FormatItem)),
        _ => value.ToString() ?? "",
    };

    public static string StateLabel(PublishState state) => state switch
    {
        PublishState.Draft => "Entwurf",
        PublishState.InReview => "Zur Prüfung",
        PublishState.Published => "Veröffentlicht",
        _ => state.ToString(),
    };

    /// <summary>Edit models hold UTC moments from the database or Berlin wall-clock times from a form.</summary>
    private static string FormatTime(DateTime time)
    {
        var local = time.Kind == DateTimeKind.Utc ? TimeZoneInfo.ConvertTimeFromUtc(time, OpeningStatus.Berlin) : time;
        return local.ToString("dd.MM.yyyy HH:mm", German);
    }

    private static string EnumLabel(Enum value)
    {
        var member = value.GetType().GetField(value.ToString());
        return member?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? value.ToString();
    }

    /// <summary>Ids read best on one line; rows such as opening hours one per line.</summary>
    private static string ListSeparator(IEnumerable items) =>
        items.Cast<object?>().Any(i => i is not null && !i.GetType().IsPrimitive && i is not string) ? "\n" : ", ";

    private static bool IsBlankRow(object? item) =>
        item is null || item.GetType().GetProperty("IsEmpty")?.GetValue(item) is true;

    private static string FormatItem(object? item)
    {
        if (item is null || item.GetType().IsPrimitive || item is string or Enum or IFormattable)
        {
            return Format(item);
        }

        // A row type may say how it reads (opening hours: "Montag 09:00–12:00"); otherwise its fields in order.
        var own = item.GetType().GetMethod(nameof(ToString), Type.EmptyTypes);
        if (own is not null && own.DeclaringType == item.GetType())
        {
            return item.ToString() ?? "";
        }

        return string.Join(" ", item.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(IsRecorded).Select(p => Format(p.GetValue(item))).Where(v => v.Length > 0));
    }
}
