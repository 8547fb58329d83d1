namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>Marker for the publications' UI strings in Resources/Features.Publications.PublicationsResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class PublicationsResource
#pragma warning restore CA1052
{
}
