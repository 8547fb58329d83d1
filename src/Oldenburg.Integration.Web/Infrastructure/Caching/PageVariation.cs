namespace Oldenburg.Integration.Web.Infrastructure.Caching;

/// <summary>
/// A value a cached page varies by besides its URL, for pages that change by themselves as time
/// passes (an upcoming list when an event ends): when the value changes, the stored page is no
/// longer found and the next request builds it afresh, on whatever clock the site runs on.
/// </summary>
public sealed record PageVariation(string Name, Func<HttpContext, ValueTask<string>> ValueAsync);
