namespace Oldenburg.Integration.Web.Features.Events;

/// <summary>Marker for the events' UI strings in Resources/Features.Events.EventsResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class EventsResource
#pragma warning restore CA1052
{
}
