namespace Oldenburg.Integration.Web.Features.Search;

/// <summary>
/// The results page's cache tags, read once from the registered sources. They are fixed by the
/// registration, and the output cache asks for them on every request, hits included: building the
/// search with all its sources each time would build a database context per cached page.
/// </summary>
public sealed class SiteSearchTags
{
    private IReadOnlyCollection<string>? tags;

    // A race only computes the same set twice.
    public IReadOnlyCollection<string> Of(IServiceProvider requestServices) =>
        tags ??= requestServices.GetRequiredService<SiteSearch>().Tags;
}
