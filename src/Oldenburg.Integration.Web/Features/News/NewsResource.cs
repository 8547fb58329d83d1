namespace Oldenburg.Integration.Web.Features.News;

/// <summary>Marker for the news pages' UI strings in Resources/Features.News.NewsResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class NewsResource
#pragma warning restore CA1052
{
}
