namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>
/// Marker for the partner directory's UI strings in
/// Resources/Features.Partners.PartnersResource.{culture}.resx (a resource set of its own, so the
/// directory's strings do not collide with other features' edits of SharedResource).
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class PartnersResource
#pragma warning restore CA1052
{
}
