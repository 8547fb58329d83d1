namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// The German words a content type's pages and messages use, so that one set of shared views
/// says "diese Seite" for pages and "diesen Eintrag" for offers.
/// </summary>
/// <param name="Plural">Heading of the list, e.g. "Aufgaben und Angebote".</param>
/// <param name="NewItem">Heading of the empty form, e.g. "Neuer Eintrag".</param>
/// <param name="EditItem">Heading of the form, e.g. "Eintrag bearbeiten".</param>
/// <param name="ThisItem">Accusative with demonstrative, e.g. "diesen Eintrag".</param>
/// <param name="Pronoun">Accusative pronoun, e.g. "ihn".</param>
/// <param name="PublishedItems">Nominative plural for the delete refusal, e.g. "Veröffentlichte Einträge".</param>
public sealed record ContentWording(
    string Plural,
    string NewItem,
    string EditItem,
    string ThisItem,
    string Pronoun,
    string PublishedItems)
{
    public static readonly ContentWording Entry = new(
        "Einträge", "Neuer Eintrag", "Eintrag bearbeiten", "diesen Eintrag", "ihn", "Veröffentlichte Einträge");

    public string ConflictMessage(string otherEditor) =>
        $"{otherEditor} hat {ThisItem} gespeichert, während Sie {Pronoun} bearbeitet haben. Ihre Eingaben sind noch da: Bitte vergleichen Sie sie mit den Änderungen unten und speichern Sie erneut.";
}
