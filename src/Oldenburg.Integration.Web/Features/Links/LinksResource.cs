namespace Oldenburg.Integration.Web.Features.Links;

/// <summary>Marker for the links page's strings in Resources/Features.Links.LinksResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class LinksResource
#pragma warning restore CA1052
{
}
