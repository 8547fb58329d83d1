namespace Oldenburg.Integration.Web.Domain;

/// <summary>An organisation in the partner directory (counselling service, migrant organisation, ...).</summary>
public class Partner : ContentItem
{
    public const int NameMaxLength = 200;
    public const int ContactMaxLength = 254;
    public const int WebsiteMaxLength = 500;
    public const int SearchTextMaxLength = 40_000;

    /// <summary>The organisation's own name; not translated.</summary>
    public string Name { get; set; } = "";

    /// <summary>Name folded for sorting (lower case, accents removed), so sorting is the same on every database.</summary>
    public string NameSortKey { get; set; } = "";

    /// <summary>Name, texts and addresses of all languages folded by <see cref="SearchFolding"/>; rebuilt on every save.</summary>
    public string SearchText { get; set; } = "";

    public int PartnerTypeId { get; set; }

    public PartnerType? Type { get; set; }

    public int? DistrictId { get; set; }

    public District? District { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool BarrierFree { get; set; }

    public bool AppointmentOnly { get; set; }

    public List<OpeningHoursRule> OpeningHours { get; set; } = [];

    /// <summary>When staff last confirmed the entry is still correct.</summary>
    public DateTime? LastCheckedAt { get; set; }

    public string? LastCheckedBy { get; set; }

    /// <summary>
    /// Seeded with invented details (placeholder phone, address, hours ...). Public pages say so;
    /// staff clear it by saving the entry or confirming it as checked.
    /// </summary>
    public bool IsSample { get; set; }

    /// <summary>File name of the logo in the data folder's uploads, if any.</summary>
    public string? LogoFile { get; set; }

    public string? LogoContentType { get; set; }

    public ICollection<PartnerTranslation> Translations { get; set; } = [];

    public ICollection<Topic> Topics { get; set; } = [];

    public ICollection<ServiceLanguage> Languages { get; set; } = [];

    /// <summary>Recomputes the folded sort key and search text; call before every save.</summary>
    public void RefreshSearchFields()
    {
        NameSortKey = SearchFolding.Fold(Name);
        var parts = new List<string?> { Name, Street, PostalCode, City };
        foreach (var translation in Translations)
        {
            parts.Add(translation.ShortDescription);
            parts.Add(translation.Description);
            parts.Add(translation.TargetGroups);
        }

        var text = SearchFolding.Fold(string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
        SearchText = text.Length > SearchTextMaxLength ? text[..SearchTextMaxLength] : text;
    }
}

public class PartnerTranslation : ContentTranslation
{
    public const int ShortDescriptionMaxLength = 500;
    public const int DescriptionMaxLength = 8000;
    public const int TargetGroupsMaxLength = 500;

    public int PartnerId { get; set; }

    public string ShortDescription { get; set; } = "";

    public string? Description { get; set; }

    public string? TargetGroups { get; set; }
}
