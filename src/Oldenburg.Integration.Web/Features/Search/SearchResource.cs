namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>Marker for the site search's strings in Resources/Features.Search.SearchResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class SearchResource
#pragma warning restore CA1052
{
}
