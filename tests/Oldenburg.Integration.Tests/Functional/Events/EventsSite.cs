using Microsoft.Extensions.Time.Testing;
using Oldenburg.Integration.Tests.Infrastructure;

namespace Oldenburg.Integration.Tests.Functional.Events;

/// <summary>The site on a clock stopped at 15 January 2027, noon UTC, so that test events keep their place as upcoming or past.</summary>
public sealed class EventsSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2027, 1, 15, 12, 0, 0, TimeSpan.Zero);

    public FakeClockSite Site { get; } = FakeClockSite.WithClock(new FakeTimeProvider(Now));

    public void Dispose() => Site.Dispose();
}
