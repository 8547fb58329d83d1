namespace Oldenburg.Integration.Web.Domain;

/// <summary>An internal note of staff on a message; notes are only ever added, never edited.</summary>
public class PublicMessageNote
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public int PublicMessageId { get; set; }

    public string Author { get; set; } = "";

    public DateTime At { get; set; }

    public string Text { get; set; } = "";
}
