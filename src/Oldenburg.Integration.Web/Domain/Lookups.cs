namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// A staff-maintained list entry used to classify partners (type, topic, district, language).
/// The key is stable and appears in filter URLs; the name is translated.
/// </summary>
public abstract class LookupItem
{
    public const int KeyMaxLength = 60;
    public const int NameMaxLength = 120;

    public int Id { get; set; }

    public string Key { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>The version the lookup editor checks, so two editors cannot overwrite each other.</summary>
    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";
}

public abstract class LookupTranslation : ContentTranslation
{
    public string Name { get; set; } = "";
}

public class PartnerType : LookupItem
{
    public ICollection<PartnerTypeTranslation> Translations { get; set; } = [];
}

public class PartnerTypeTranslation : LookupTranslation
{
    public int PartnerTypeId { get; set; }
}

public class Topic : LookupItem
{
    public ICollection<TopicTranslation> Translations { get; set; } = [];

    public ICollection<Partner> Partners { get; set; } = [];
}

public class TopicTranslation : LookupTranslation
{
    public int TopicId { get; set; }
}

/// <summary>A Stadtteil of Oldenburg.</summary>
public class District : LookupItem
{
    public ICollection<DistrictTranslation> Translations { get; set; } = [];
}

public class DistrictTranslation : LookupTranslation
{
    public int DistrictId { get; set; }
}

/// <summary>A language in which an organisation can serve people; the key is its ISO 639 code.</summary>
public class ServiceLanguage : LookupItem
{
    public ICollection<ServiceLanguageTranslation> Translations { get; set; } = [];

    public ICollection<Partner> Partners { get; set; } = [];
}

public class ServiceLanguageTranslation : LookupTranslation
{
    public int ServiceLanguageId { get; set; }
}
