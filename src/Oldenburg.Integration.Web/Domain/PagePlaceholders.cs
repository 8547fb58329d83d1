namespace Oldenburg.Integration.Web.Domain;

/// <summary>
/// The seeded standing pages leave details only the city can give (names, addresses) as bracketed
/// notes such as "[Bitte ergänzen: ...]". While one is left, the page is not finished.
/// </summary>
public static class PagePlaceholders
{
    private static readonly string[] Markers = ["[Bitte ergänzen", "[Bitte prüfen"];

    public static bool In(string? body) =>
        body is not null && Markers.Any(m => body.Contains(m, StringComparison.Ordinal));
}
