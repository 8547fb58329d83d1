namespace Oldenburg.Integration.Web.Domain;

public enum SuggestionStatus
{
    Open = 0,
    Accepted = 1,
    Rejected = 2,
}

/// <summary>
/// A listing proposed by the public: a new organisation, or a correction of an existing entry
/// (<see cref="PartnerId"/> set). It never publishes itself; staff accept or reject it. The
/// submitter's contact data is erased when the suggestion is closed or the retention period ends.
/// </summary>
public class PartnerSuggestion
{
    public const int MessageMaxLength = 4000;

    public int Id { get; set; }

    public int? PartnerId { get; set; }

    public Partner? Partner { get; set; }

    public SuggestionStatus Status { get; set; } = SuggestionStatus.Open;

    public string Culture { get; set; } = ContentTranslation.SourceCulture;

    public string Name { get; set; } = "";

    public string? TypeKey { get; set; }

    public string? DistrictKey { get; set; }

    /// <summary>Comma-separated lookup keys as the submitter chose them.</summary>
    public string? TopicKeys { get; set; }

    public string? LanguageKeys { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool BarrierFree { get; set; }

    public string? OpeningHoursText { get; set; }

    public string? ShortDescription { get; set; }

    public string? Description { get; set; }

    /// <summary>Free text to the office, e.g. what is wrong in an existing entry.</summary>
    public string? Message { get; set; }

    public string? SubmitterName { get; set; }

    public string? SubmitterEmail { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }

    public DateTime? PersonalDataErasedAt { get; set; }

    public void ErasePersonalData(DateTime utcNow)
    {
        SubmitterName = null;
        SubmitterEmail = null;
        Message = null;
        PersonalDataErasedAt = utcNow;
    }
}
