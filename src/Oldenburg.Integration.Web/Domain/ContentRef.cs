namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// Names one item of any content type, for the tables that every type shares (revisions,
/// translation status, audit log). <see cref="Type"/> is the type's key, e.g. "offers".
/// </summary>
public readonly record struct ContentRef(string Type, int Id)
{
    public const int TypeMaxLength = 40;

    public override string ToString() => $"{Type}/{Id}";
}
