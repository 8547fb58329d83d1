namespace Oldenburg.Integration.Web.Features.Monitor;

/// <summary>Marker for the monitor's UI strings in Resources/Features.Monitor.MonitorResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class MonitorResource
#pragma warning restore CA1052
{
}
