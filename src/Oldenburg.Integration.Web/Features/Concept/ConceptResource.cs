namespace Oldenburg.Integration.Web.Features.Concept;

/// <summary>Marker for the concept page's UI strings in Resources/Features.Concept.ConceptResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class ConceptResource
#pragma warning restore CA1052
{
}
