namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>The pages every browser check walks through.</summary>
public static class SitePages
{
    public const string AdminLogin = "/admin/account/login";

    public const string OfferSlug = "beratung-und-unterstuetzung";

    public static readonly IReadOnlyList<string> Cultures = ["de", "ar"];

    public static readonly IReadOnlyList<string> AdminEditPages = ["/admin/offers/edit/1", "/admin/office/edit"];

    /// <summary>Public pages of one language with the status they answer.</summary>
    public static IReadOnlyList<(string Path, int Status)> Public(string culture) =>
    [
        ($"/{culture}/", 200),
        ($"/{culture}/offers", 200),
        ($"/{culture}/offers/{OfferSlug}", 200),
        ($"/{culture}/contact", 200),
        ($"/{culture}/does-not-exist", 404),
    ];

    public static TheoryData<string, string, int> PublicPages()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var culture in Cultures)
        {
            foreach (var (path, status) in Public(culture))
            {
                data.Add(culture, path, status);
            }
        }

        return data;
    }
}
