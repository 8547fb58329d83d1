namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A file uploaded at run time (a partner logo, a CSV import awaiting its commit), kept in the
/// database so that every instance of the site can serve and read it.
/// </summary>
public class StoredFile
{
    public const int AreaMaxLength = 40;
    public const int NameMaxLength = 80;
    public const int ContentTypeMaxLength = 100;

    public int Id { get; set; }

    /// <summary>What the file belongs to, e.g. <c>partner-logos</c>; names are unique within an area.</summary>
    public string Area { get; set; } = "";

    public string Name { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime CreatedAt { get; set; }
}
