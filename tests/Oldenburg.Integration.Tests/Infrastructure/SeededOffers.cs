namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>The nine offers every new database starts with, copied here so the tests state what they expect.</summary>
public static class SeededOffers
{
    public const string FirstSlug = "beratung-und-unterstuetzung";

    public static readonly IReadOnlyList<(string Slug, string De, string En, string Ar)> All =
    [
        (FirstSlug, "Beratung und Unterstützung", "Advice and support", "الاستشارة والدعم"),
        ("integrationskonzept", "Das Integrationskonzept der Stadt", "The city's integration concept", "مفهوم الاندماج الخاص بالمدينة"),
        ("migrantenselbstorganisationen", "Migrantenselbstorganisationen stärken", "Strengthening migrant organisations", "تعزيز المنظمات الذاتية للمهاجرين"),
        ("elternarbeit", "Bildung und Empowerment für Eltern", "Education and empowerment for parents", "التثقيف والتمكين لأولياء الأمور"),
        ("interessenvertretung-minderheiten", "Interessen von Minderheiten vertreten", "Representing minority interests", "تمثيل مصالح الأقليات"),
        ("interkulturelle-oeffnung", "Beratung zur interkulturellen Öffnung", "Advice on intercultural opening", "الاستشارة حول الانفتاح على التنوع الثقافي"),
        ("zusammenarbeit-und-projekte", "Zusammenarbeit und Projektkoordination", "Cooperation and project coordination", "التعاون وتنسيق المشاريع"),
        ("mehrsprachige-informationen", "Mehrsprachige Informationen", "Multilingual information", "معلومات بعدة لغات"),
        ("integrationsmonitor", "Der Integrationsmonitor", "The integration monitor", "مرصد الاندماج"),
    ];

    public static string Title((string Slug, string De, string En, string Ar) offer, string culture) => culture switch
    {
        "de" => offer.De,
        "en" => offer.En,
        "ar" => offer.Ar,
        _ => throw new ArgumentOutOfRangeException(nameof(culture), culture, null),
    };
}
