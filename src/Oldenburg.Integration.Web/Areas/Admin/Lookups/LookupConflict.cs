using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Areas.Admin.Lookups;

/// <summary>The message for a stale save: who saved in between, and the stored values that differ from the editor's.</summary>
public static class LookupConflict
{
    public static string Message(LookupEditModel stored, LookupEditModel posted)
    {
        var who = string.IsNullOrWhiteSpace(stored.UpdatedBy) ? "Jemand anderes" : stored.UpdatedBy;
        var changes = Differences(stored, posted).ToList();
        var what = changes.Count == 0
            ? "Die gespeicherte Fassung stimmt mit Ihren Eingaben überein."
            : "Gespeichert ist jetzt: " + string.Join("; ", changes) + ".";
        return $"{who} hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben. {what} Ihre Eingaben sind noch da: Bitte prüfen Sie sie und speichern Sie erneut.";
    }

    private static IEnumerable<string> Differences(LookupEditModel stored, LookupEditModel posted)
    {
        if (!string.Equals(stored.Key, posted.Key?.Trim(), StringComparison.Ordinal))
        {
            yield return $"Schlüssel „{stored.Key}“";
        }

        if (stored.SortOrder != posted.SortOrder)
        {
            yield return $"Reihenfolge {stored.SortOrder}";
        }

        foreach (var name in stored.Names)
        {
            var theirs = name.Name?.Trim() ?? "";
            var yours = posted.Names.FirstOrDefault(n => n.Culture == name.Culture)?.Name?.Trim() ?? "";
            if (!string.Equals(theirs, yours, StringComparison.Ordinal))
            {
                yield return $"Name ({SupportedCultures.NativeName(name.Culture)}) {(theirs.Length == 0 ? "leer" : $"„{theirs}“")}";
            }
        }
    }
}
