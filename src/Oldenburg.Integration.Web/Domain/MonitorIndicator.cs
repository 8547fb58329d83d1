namespace Oldenburg.Integration.Web.Domain;

/// <summary>How an indicator's values are broken down besides the year (ADR 0033).</summary>
public enum MonitorBreakdown
{
    /// <summary>One city-wide value per year.</summary>
    Years,

    /// <summary>A city-wide value and one per district, per year.</summary>
    Districts,

    /// <summary>One value per group (with and without a migration background), per year.</summary>
    Groups,
}

/// <summary>How the indicator page draws the data.</summary>
public enum MonitorChartKind
{
    Line,
    Bar,
    Comparison,
}

/// <summary>
/// One figure of the integration monitor, e.g. the unemployment rate. Its values live in
/// <see cref="MonitorValue"/>; only years listed in <see cref="MonitorDataYear"/> are public.
/// </summary>
public class MonitorIndicator : ContentItem, ITranslatedContent<MonitorIndicatorText>
{
    public const int DimensionMaxLength = 40;
    public const int SourceMaxLength = 300;
    public const int MaxDecimals = 3;

    /// <summary>A key of <see cref="MonitorDimensions"/>.</summary>
    public string Dimension { get; set; } = MonitorDimensions.Demography;

    /// <summary>Who publishes the figures, e.g. "Landesamt für Statistik Niedersachsen".</summary>
    public string Source { get; set; } = "";

    public int Decimals { get; set; }

    public MonitorBreakdown Breakdown { get; set; } = MonitorBreakdown.Years;

    public MonitorChartKind ChartKind { get; set; } = MonitorChartKind.Line;

    public int SortOrder { get; set; }

    /// <summary>Invented figures say so on every page that shows them, until staff enter real ones.</summary>
    public bool IsSample { get; set; }

    public ICollection<MonitorIndicatorText> Translations { get; set; } = [];
}

/// <summary>One language's name, definition, unit and notes on breaks in the series.</summary>
public class MonitorIndicatorText : ContentTranslation, ITitledText
{
    public const int TitleMaxLength = 200;
    public const int DefinitionMaxLength = 2000;
    public const int UnitMaxLength = 40;
    public const int NotesMaxLength = 2000;

    public int MonitorIndicatorId { get; set; }

    /// <summary>The indicator's name.</summary>
    public string Title { get; set; } = "";

    public string Definition { get; set; } = "";

    /// <summary>"%" or a word such as "Personen".</summary>
    public string Unit { get; set; } = "";

    /// <summary>Breaks in the series (changed method, new district borders); empty when there are none.</summary>
    public string Notes { get; set; } = "";
}

/// <summary>The monitor's dimensions (after the KGSt indicator set); the keys appear in URLs and data.</summary>
public static class MonitorDimensions
{
    public const string Demography = "demography";
    public const string Education = "education";
    public const string Work = "work";
    public const string Health = "health";
    public const string Participation = "participation";
    public const string Opening = "opening";

    public static readonly IReadOnlyList<string> All = [Demography, Education, Work, Health, Participation, Opening];

    public static string GermanLabel(string key) => key switch
    {
        Demography => "Demografie und Raum",
        Education => "Bildung und Sprache",
        Work => "Arbeit und Einkommen",
        Health => "Gesundheit und Pflege",
        Participation => "Teilhabe",
        Opening => "Interkulturelle Öffnung",
        _ => key,
    };
}

/// <summary>The groups a monitor compares.</summary>
public static class MonitorGroups
{
    public const string WithMigration = "with-migration";
    public const string WithoutMigration = "without-migration";
    public const int KeyMaxLength = 40;

    public static readonly IReadOnlyList<string> All = [WithMigration, WithoutMigration];

    public static string GermanLabel(string key) => key switch
    {
        WithMigration => "mit Migrationshintergrund",
        WithoutMigration => "ohne Migrationshintergrund",
        _ => key,
    };
}
