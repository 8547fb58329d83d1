namespace Oldenburg.Integration.Web.Domain;

/// <summary>The office's own contact card. There is exactly one row.</summary>
public class OfficeProfile : IEditableContent
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public string Email { get; set; } = "";

    public string Phone { get; set; } = "";

    public string? AlternativePhone { get; set; }

    public string? Fax { get; set; }

    public string? Building { get; set; }

    public string Street { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string City { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public void Touch(string changedBy, DateTime utcNow) => (UpdatedAt, UpdatedBy) = (utcNow, changedBy);

    public List<OpeningHoursRule> OpeningHours { get; set; } = [];

    public ICollection<OfficeProfileTranslation> Translations { get; set; } = [];
}

public class OfficeProfileTranslation : ContentTranslation
{
    public int OfficeProfileId { get; set; }

    public string Name { get; set; } = "";

    public string Department { get; set; } = "";

    public string? OpeningHoursNote { get; set; }

    public string? Intro { get; set; }

    public string? AboutHeading { get; set; }

    public string? About { get; set; }
}
