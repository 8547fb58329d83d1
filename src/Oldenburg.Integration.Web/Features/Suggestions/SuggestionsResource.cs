namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>Marker for the suggestion form's strings in Resources/Features.Suggestions.SuggestionsResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class SuggestionsResource
#pragma warning restore CA1052
{
}
