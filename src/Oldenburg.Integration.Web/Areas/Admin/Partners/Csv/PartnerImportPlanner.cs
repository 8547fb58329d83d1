using System.Globalization;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners.Csv;

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
    Error,
}

/// <summary>One data row of the file as the preview shows it; <see cref="Cells"/> holds the checked, canonical values.</summary>
public sealed record ImportRow(
    int Line, string Slug, string Name, ImportAction Action, IReadOnlyList<string> Errors, IReadOnlyList<string> ChangedColumns,
    IReadOnlyDictionary<string, string> Cells);

/// <summary>The keys that exist in the four lookup lists.</summary>
public sealed record LookupKeys(IReadOnlySet<string> Types, IReadOnlySet<string> Topics, IReadOnlySet<string> Languages, IReadOnlySet<string> Districts);

/// <summary>Checks every row of an import file against the rules and the current entries, without changing anything.</summary>
public static class PartnerImportPlanner
{
    /// <summary>The header's problems, or null when the columns are usable.</summary>
    public static string? CheckHeader(IReadOnlyList<string> header)
    {
        var unknown = header.Where(h => !PartnerCsv.Columns.Contains(h)).ToList();
        if (unknown.Count > 0)
        {
            return $"Unbekannte Spalten in der ersten Zeile: {string.Join(", ", unknown.Select(u => $"„{u}“"))}. Erlaubt sind: {string.Join(", ", PartnerCsv.Columns)}.";
        }

        var duplicate = header.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return $"Die Spalte „{duplicate.Key}“ steht mehrmals in der ersten Zeile.";
        }

        var missing = PartnerCsv.RequiredColumns.Except(header).ToList();
        return missing.Count > 0 ? $"Es fehlen Pflichtspalten: {string.Join(", ", missing)}." : null;
    }

    public static List<ImportRow> Plan(
        IReadOnlyList<string> header, IEnumerable<CsvRecord> records, IReadOnlyDictionary<string, Partner> existing, LookupKeys keys)
    {
        var rows = new List<ImportRow>();
        foreach (var record in records)
        {
            var errors = new List<string>();
            var cells = new Dictionary<string, string>();
            if (record.Fields.Count == header.Count)
            {
                for (var i = 0; i < header.Count; i++)
                {
                    cells[header[i]] = SpreadsheetCsvWriter.Restore(record.Fields[i]).Trim();
                }
            }

            if (record.Error is not null)
            {
                errors.Add(record.Error);
            }
            else if (record.Fields.Count != header.Count)
            {
                errors.Add($"Die Zeile hat {record.Fields.Count} Felder, die erste Zeile aber {header.Count} Spalten.");
            }
            else
            {
                Check(cells, keys, errors);
            }

            var slug = cells.GetValueOrDefault(PartnerCsv.Slug, "");
            var name = cells.GetValueOrDefault(PartnerCsv.Name, "");
            existing.TryGetValue(slug, out var partner);
            if (errors.Count == 0)
            {
                CheckTranslations(cells, partner, errors);
            }

            if (errors.Count > 0)
            {
                rows.Add(new ImportRow(record.Line, slug, name, ImportAction.Error, errors, [], cells));
                continue;
            }

            if (partner is null)
            {
                rows.Add(new ImportRow(record.Line, slug, name, ImportAction.Create, [], [], cells));
                continue;
            }

            var current = PartnerCsv.Cells(partner);
            var changed = cells.Where(c => c.Value != current[c.Key]).Select(c => c.Key).ToList();
            rows.Add(new ImportRow(record.Line, slug, name, changed.Count == 0 ? ImportAction.Unchanged : ImportAction.Update, [], changed, cells));
        }

        // Which of two rows with one slug should win is anyone's guess, so neither is imported.
        foreach (var group in rows.Where(r => r.Slug.Length > 0).GroupBy(r => r.Slug).Where(g => g.Count() > 1).ToList())
        {
            var lines = string.Join(", ", group.Select(r => r.Line));
            foreach (var row in group)
            {
                rows[rows.IndexOf(row)] = row with
                {
                    Action = ImportAction.Error,
                    Errors = [.. row.Errors, $"Der Slug „{row.Slug}“ kommt in der Datei mehrmals vor (Zeilen {lines})."],
                };
            }
        }

        return rows;
    }

    /// <summary>Validates the row's cells and rewrites them in the canonical form that export writes.</summary>
    private static void Check(Dictionary<string, string> cells, LookupKeys keys, List<string> errors)
    {
        foreach (var (column, max) in PartnerCsv.MaxLengths)
        {
            if (cells.TryGetValue(column, out var value) && value.Length > max)
            {
                errors.Add($"„{column}“ ist {value.Length} Zeichen lang; erlaubt sind höchstens {max}.");
            }
        }

        Require(cells, PartnerCsv.Slug, "Der Slug fehlt.", errors);
        Require(cells, PartnerCsv.Name, "Der Name fehlt.", errors);
        Require(cells, PartnerCsv.ShortDescription("de"), "Die deutsche Kurzbeschreibung (short_description_de) fehlt.", errors);
        Require(cells, PartnerCsv.Type, "Die Partnerart (type) fehlt.", errors);
        Valid(cells, PartnerCsv.Slug, Slugs.IsValid, PartnerRules.SlugMessage, errors);
        if (cells.TryGetValue(PartnerCsv.Slug, out var slug) && Slugs.IsReserved(slug))
        {
            errors.Add(Slugs.ReservedMessage(slug));
        }

        Valid(cells, PartnerCsv.Email, PartnerRules.IsEmail, PartnerRules.EmailMessage, errors);
        Valid(cells, PartnerCsv.Website, PartnerRules.IsWebsite, "Die Website muss eine vollständige Adresse mit http:// oder https:// sein.", errors);
        Valid(cells, PartnerCsv.Phone, PhoneNumbers.IsValid, PartnerRules.PhoneMessage, errors);
        Valid(cells, PartnerCsv.PostalCode, PartnerRules.IsPostalCode, "Die Postleitzahl muss fünfstellig sein.", errors);
        Keys(cells, PartnerCsv.Type, keys.Types, "Partnerart", errors, single: true);
        Keys(cells, PartnerCsv.District, keys.Districts, "Stadtteil", errors, single: true);
        Keys(cells, PartnerCsv.Topics, keys.Topics, "Thema", errors, single: false);
        Keys(cells, PartnerCsv.Languages, keys.Languages, "Sprache", errors, single: false);
        foreach (var column in new[] { PartnerCsv.BarrierFree, PartnerCsv.AppointmentOnly })
        {
            if (cells.TryGetValue(column, out var value))
            {
                if (PartnerCsv.ParseBool(value) is { } flag)
                {
                    cells[column] = PartnerCsv.FormatBool(flag);
                }
                else
                {
                    errors.Add($"„{column}“: „{value}“ ist weder „ja“ noch „nein“.");
                }
            }
        }

        if (cells.TryGetValue(PartnerCsv.OpeningHours, out var hours))
        {
            var rules = PartnerRules.ParseHours(hours, out var error);
            if (rules is null)
            {
                errors.Add(error!);
            }
            else
            {
                cells[PartnerCsv.OpeningHours] = PartnerRules.FormatHours(rules);
            }
        }

        if (cells.TryGetValue(PartnerCsv.State, out var state))
        {
            cells[PartnerCsv.State] = state.ToLowerInvariant() switch
            {
                "published" or "veröffentlicht" => "published",
                "draft" or "entwurf" or "" => "draft",
                _ => Fail(errors, $"„state“: „{state}“ ist weder „published“ noch „draft“."),
            };
        }

        if (cells.TryGetValue(PartnerCsv.LastChecked, out var date) && date.Length > 0)
        {
            if (DateOnly.TryParseExact(date, PartnerCsv.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || DateOnly.TryParseExact(date, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                cells[PartnerCsv.LastChecked] = day.ToString(PartnerCsv.DateFormat, CultureInfo.InvariantCulture);
            }
            else
            {
                errors.Add($"„last_checked“: „{date}“ ist kein Datum wie 2026-03-31.");
            }
        }
    }

    /// <summary>A translation needs its short description; other columns of it may be absent and then keep their stored value.</summary>
    private static void CheckTranslations(Dictionary<string, string> cells, Partner? partner, List<string> errors)
    {
        foreach (var culture in PartnerCsv.Cultures.Skip(1))
        {
            var stored = partner?.Translations.FirstOrDefault(t => t.Culture == culture);
            string Value(string column, string? current) => cells.TryGetValue(column, out var v) ? v : current ?? "";
            var shortText = Value(PartnerCsv.ShortDescription(culture), stored?.ShortDescription);
            var others = Value(PartnerCsv.Description(culture), stored?.Description) + Value(PartnerCsv.TargetGroups(culture), stored?.TargetGroups);
            if (shortText.Length == 0 && others.Length > 0)
            {
                errors.Add($"Texte auf „{culture}“ ohne Kurzbeschreibung ({PartnerCsv.ShortDescription(culture)}).");
            }
        }
    }

    private static void Require(Dictionary<string, string> cells, string column, string message, List<string> errors)
    {
        if (cells.TryGetValue(column, out var value) && value.Length == 0)
        {
            errors.Add(message);
        }
    }

    private static void Valid(Dictionary<string, string> cells, string column, Func<string, bool> rule, string message, List<string> errors)
    {
        if (cells.TryGetValue(column, out var value) && value.Length > 0 && !rule(value))
        {
            errors.Add($"{message} („{value}“)");
        }
    }

    private static void Keys(Dictionary<string, string> cells, string column, IReadOnlySet<string> known, string label, List<string> errors, bool single)
    {
        if (!cells.TryGetValue(column, out var value))
        {
            return;
        }

        var keys = PartnerCsv.SplitKeys(value);
        if (single && keys.Count > 1)
        {
            errors.Add($"„{column}“ darf nur einen Schlüssel enthalten.");
        }

        foreach (var key in keys.Where(k => !known.Contains(k)))
        {
            errors.Add($"{label} „{key}“ gibt es nicht (Spalte „{column}“). Bitte legen Sie sie unter „Listen“ an oder korrigieren Sie den Schlüssel.");
        }

        cells[column] = PartnerCsv.FormatKeys(keys);
    }

    private static string Fail(List<string> errors, string message)
    {
        errors.Add(message);
        return "";
    }
}
