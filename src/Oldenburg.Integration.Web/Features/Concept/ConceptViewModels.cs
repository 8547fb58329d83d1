using Oldenburg.Integration.Web.Features.Publications;

namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>
/// The concept page. Title and texts are null when the concept has not been written at all (no
/// seed): the page then shows only its heading and the fields of action. <see cref="Document"/> is
/// the linked publication while it is published, its versions in the reader's order.
/// </summary>
public sealed record ConceptPageViewModel(
    string? Title,
    string? Purpose,
    string? Origin,
    string TextCulture,
    bool IsFallback,
    IReadOnlyList<FieldOfActionViewModel> Fields,
    PublicationView? Document,
    DateTime? UpdatedAt);

public sealed record FieldOfActionViewModel(
    string Slug,
    string Anchor,
    string Title,
    string Goal,
    IReadOnlyList<string> Measures,
    string TextCulture,
    bool IsFallback,
    IReadOnlyList<ConceptLink> Offers,
    IReadOnlyList<ConceptLink> Partners,
    DateTime UpdatedAt);

/// <summary>A link between the concept and an offer or partner: the target's slug or anchor, its title, and the language of that title (null: a name, no language).</summary>
public sealed record ConceptLink(string Target, string Title, string? TextCulture);
