namespace Oldenburg.Integration.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class SharedResource
#pragma warning restore CA1052
{
}
