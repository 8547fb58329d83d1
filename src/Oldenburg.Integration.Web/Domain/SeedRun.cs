namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Records that one part of the first content was seeded, so deleting that content never brings
/// it back: seeding runs once per key, not whenever a table is empty.
/// </summary>
public class SeedRun
{
    public const int KeyMaxLength = 60;

    public string Key { get; set; } = "";

    public DateTime RanAt { get; set; }
}
