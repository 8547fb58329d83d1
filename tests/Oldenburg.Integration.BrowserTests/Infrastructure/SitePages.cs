namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>The pages every browser check walks through.</summary>
public static class SitePages
{
    public const string AdminLogin = "/admin/account/login";

    /// <summary>The two-factor set-up, which renews the signed-in account's security stamp.</summary>
    public const string TwoFactorSetup = "/admin/security/setup";

    /// <summary>Staff-area pages anyone may open: signing in, and what the links in invitation and reset mails lead to.</summary>
    public static readonly IReadOnlyList<string> AdminAnonymousPages =
    [
        AdminLogin,
        "/admin/passwordreset/forgot",
        "/admin/passwordreset/sent",
        "/admin/passwordreset/reset/unbekannt?token=abgelaufen",
        "/admin/invitation/accept?token=unbekannt",
    ];

    public const string OfferSlug = "beratung-und-unterstuetzung";

    public const string PartnerSlug = "ibis-interkulturelle-arbeitsstelle";
    public const string PublicationSlug = "beispiel-willkommensbroschuere";
    public const string EventSlug = "beispiel-elternabend-bildung";

    /// <summary>A sample news item that links to tasks.</summary>
    public const string NewsSlug = "beispiel-mehrsprachige-informationen";

    public static readonly IReadOnlyList<string> Cultures = ["de", "ar"];

    /// <summary>Every language the public site speaks; the page-by-page checks above walk German and Arabic.</summary>
    public static readonly IReadOnlyList<string> AllCultures = ["de", "en", "ar", "tr", "ru", "uk", "fa", "pl"];

    public static readonly IReadOnlyList<string> AdminEditPages =
    [
        "/admin/offers/edit/1",
        "/admin/office/edit",
        "/admin/pages/edit/1",
        "/admin/users",
        "/admin/invitations/create",
        "/admin/account/password",
        "/admin/partners",
        "/admin/partners/edit/1",
        "/admin/partners/import",
        "/admin/partners/stale",
        "/admin/lookups",
        "/admin/lookups/topics/edit/1",
        "/admin/suggestions",
        "/admin/offers",
        "/admin/pages",
        "/admin/offers/create",
        "/admin/offers/delete/1",
        "/admin/offers/translate/1?language=ar",
        "/admin/partners/translate/1?language=ar",
        "/admin/office/translate?language=ar",
        "/admin/offers/preview/1?language=ar",
        "/admin/pages/preview/1",
        "/admin/partners/preview/1",
        "/admin/publications",
        "/admin/publications/create",
        "/admin/publications/edit/1",
        "/admin/publications/translate/1?language=ar",
        "/admin/publications/preview/1?language=ar",
        "/admin/news",
        "/admin/news/create",
        "/admin/news/edit/1",
        "/admin/news/preview/2?language=ar",
        "/admin/audit",
        "/admin",
        "/admin/translations",
        "/admin/translations?language=ar",
        "/admin/revisions/history/1?type=offers",
        "/admin/revisions/diff/1?type=offers&from=1&to=2",
        "/admin/revisions/history/1?type=pages",
        "/admin/security",
        "/admin/security/setup",
        "/admin/securitysettings",

        "/admin/inbox",
        "/admin/inbox?kind=Accessibility&status=New",
        "/admin/inbox/details/1",

        "/admin/links",
        "/admin/links/create",
        "/admin/literature",
        "/admin/literature/create",
        "/admin/linkchecks",
        "/admin/lookups/link-categories",
        "/admin/lookups/link-categories/edit/1",

        "/admin/concept/edit",
        "/admin/concept/translate?language=ar",
        "/admin/fieldsofaction",
        "/admin/fieldsofaction/create",

        "/admin/events",
        "/admin/events/create",
        "/admin/events/edit/1",
        "/admin/events/preview/1?language=ar",

        "/admin/monitor",
        "/admin/monitor/create",
        "/admin/monitor/edit/2",
        "/admin/monitor/preview/2?language=ar",
        "/admin/monitorvalues/index/2",
        "/admin/monitorimport/index/2",
    ];

    /// <summary>Public pages of one language with the status they answer.</summary>
    public static IReadOnlyList<(string Path, int Status)> Public(string culture) =>
    [
        ($"/{culture}/", 200),
        ($"/{culture}/offers", 200),
        ($"/{culture}/offers/{OfferSlug}", 200),
        ($"/{culture}/contact", 200),
        ($"/{culture}/contact/message", 200),
        ($"/{culture}/contact/thanks", 200),
        ($"/{culture}/contact/barrier?from=%2F{culture}%2Foffers", 200),
        ($"/{culture}/contact/barrier/thanks", 200),
        ($"/{culture}/pages/datenschutz", 200),
        ($"/{culture}/partners", 200),
        ($"/{culture}/partners?topic=health&q=beratung", 200),
        ($"/{culture}/partners?q=zzzzzz-nichts", 200),
        ($"/{culture}/partners/{PartnerSlug}", 200),
        ($"/{culture}/partners/print?topic=health", 200),
        ($"/{culture}/partners/open-data", 200),
        ($"/{culture}/partners/suggest", 200),
        ($"/{culture}/partners/suggest?partner={PartnerSlug}", 200),
        ($"/{culture}/pages/barrierefreiheit", 200),
        ($"/{culture}/links", 200),
        ($"/{culture}/links?topic=health&lang=tr", 200),

        // Filled before the audits (FilledConcept): text, a field of action with links, and the linked document.
        ($"/{culture}/concept", 200),

        ($"/{culture}/publications", 200),
        ($"/{culture}/publications?lang=ar&year=2025", 200),
        ($"/{culture}/publications?lang=hu", 200),
        ($"/{culture}/publications/{PublicationSlug}", 200),
        ($"/{culture}/publications/beispiel-bericht", 200),

        ($"/{culture}/news", 200),
        ($"/{culture}/news/{NewsSlug}", 200),

        ($"/{culture}/events", 200),
        ($"/{culture}/events?topic=parents-family&lang=ar", 200),
        ($"/{culture}/events/{EventSlug}", 200),
        ($"/{culture}/events/archive", 200),
        ($"/{culture}/monitor", 200),
        ($"/{culture}/monitor/anteil-migrationshintergrund", 200),
        ($"/{culture}/monitor/anteil-migrationshintergrund/districts?year=2021", 200),
        ($"/{culture}/monitor/arbeitslosenquote", 200),
        ($"/{culture}/monitor/betreuungsquote-unter-drei", 200),
        ($"/{culture}/monitor/einbuergerungen", 200),
        ($"/{culture}/search?q=beratung", 200),
        ($"/{culture}/search?q=", 200),

        // Leichte Sprache is German only: other languages' addresses redirect to it (ADR 0036).
        .. culture == "de" ? EasyReadPages : [],

        ($"/{culture}/does-not-exist", 404),
    ];

    private static readonly IReadOnlyList<(string Path, int Status)> EasyReadPages =
    [
        ("/de/leichte-sprache", 200),
        ("/de/leichte-sprache/kontakt", 200),
    ];

    /// <summary>Every public page in German and Arabic.</summary>
    public static TheoryData<string, int> PublicPages() => PagesOf(Cultures);

    public static TheoryData<string, int> PublicPagesIn(string culture) => PagesOf([culture]);

    /// <summary>
    /// One public page of each kind, in German and Arabic: the list without the pages that only repeat
    /// another's template with other data. For checks that depend on a page's components, not its data
    /// (keyboard focus, requests), which cost CI minutes per page; axe and the layout checks keep every page.
    /// </summary>
    public static TheoryData<string, int> PageKinds()
    {
        var data = new TheoryData<string, int>();
        foreach (var (path, status) in Cultures.SelectMany(Kinds))
        {
            data.Add(path, status);
        }

        return data;
    }

    public static IEnumerable<(string Path, int Status)> Kinds(string culture) =>
        Public(culture).Where(p => !SameKindAsAnother.Any(suffix => p.Path.EndsWith(suffix, StringComparison.Ordinal)));

    private static readonly IReadOnlyList<string> SameKindAsAnother =
    [
        "/contact/barrier/thanks",
        "/partners?q=zzzzzz-nichts",
        $"/partners/suggest?partner={PartnerSlug}",
        "/pages/barrierefreiheit",
        "/links?topic=health&lang=tr",
        "/publications?lang=ar&year=2025",
        "/publications?lang=hu",
        "/publications/beispiel-bericht",
        "/events?topic=parents-family&lang=ar",
        "/search?q=",
        "/monitor/arbeitslosenquote",
        "/monitor/betreuungsquote-unter-drei",
        "/monitor/einbuergerungen",
    ];

    /// <summary>
    /// German pages that show text in Arabic script by design: publications name their languages in
    /// their own script and list the Arabic version's title, so the browser fetches the Arabic font there.
    /// </summary>
    public static readonly IReadOnlySet<string> ArabicScriptOnGermanPages = new HashSet<string>(StringComparer.Ordinal)
    {
        "/de/publications",
        "/de/publications?lang=ar&year=2025",
        "/de/publications?lang=hu",
        $"/de/publications/{PublicationSlug}",
    };

    /// <summary>German pages whose text is all in Latin script.</summary>
    public static TheoryData<string, int> GermanPagesInLatinScript()
    {
        var data = new TheoryData<string, int>();
        foreach (var (path, status) in Public("de").Where(p => !ArabicScriptOnGermanPages.Contains(p.Path)))
        {
            data.Add(path, status);
        }

        return data;
    }

    private static TheoryData<string, int> PagesOf(IEnumerable<string> cultures)
    {
        var data = new TheoryData<string, int>();
        foreach (var (path, status) in cultures.SelectMany(Public))
        {
            data.Add(path, status);
        }

        return data;
    }

    public static TheoryData<string> AdminAnonymousPageData() => [.. AdminAnonymousPages];

    /// <summary>
    /// The staff pages axe audits: every page but those that render another listed page's template with
    /// other data. The translation editors share one view, previews render the public templates that the
    /// public audits cover, and create forms share their fields with the edit form of the same type.
    /// </summary>
    public static IEnumerable<string> AdminEditPageKinds() =>
        AdminEditPages.Except(AdminSameKindAsAnother, StringComparer.Ordinal);

    private static readonly IReadOnlyList<string> AdminSameKindAsAnother =
    [
        "/admin/partners/translate/1?language=ar",
        "/admin/office/translate?language=ar",
        "/admin/publications/translate/1?language=ar",
        "/admin/concept/translate?language=ar",
        "/admin/pages/preview/1",
        "/admin/partners/preview/1",
        "/admin/publications/preview/1?language=ar",
        "/admin/news/preview/2?language=ar",
        "/admin/events/preview/1?language=ar",
        "/admin/monitor/preview/2?language=ar",
        "/admin/publications/create",
        "/admin/news/create",
        "/admin/events/create",
        "/admin/monitor/create",
        "/admin/translations?language=ar",
        "/admin/inbox?kind=Accessibility&status=New",
        "/admin/revisions/history/1?type=pages",
    ];
}
