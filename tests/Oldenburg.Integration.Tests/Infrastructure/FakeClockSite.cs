using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>The real site on a clock the test moves, so timers and hosted services run when told, not when the wall clock says.</summary>
public sealed class FakeClockSite : SiteFactory
{
    public FakeClockSite()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow), settings: null, dataDirectory: null)
    {
    }

    private FakeClockSite(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings, string? dataDirectory)
        : base(settings, dataDirectory)
    {
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public static FakeClockSite WithClock(FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null) =>
        new(clock, settings, dataDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
