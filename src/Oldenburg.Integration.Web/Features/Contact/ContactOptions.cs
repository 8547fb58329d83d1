namespace Oldenburg.Integration.Web.Features.Contact;

public sealed class ContactOptions
{
    public const string Section = "Contact";

    /// <summary>Days after which a message and its notes are deleted, whatever its status.</summary>
    public int RetentionDays { get; set; } = 180;

    /// <summary>Days after which a message marked done is deleted; it is not needed once answered.</summary>
    public int DoneRetentionDays { get; set; } = 30;

    /// <summary>Messages (contact and barrier reports together) one client address may post per hour.</summary>
    public int PerHour { get; set; } = 5;
}
