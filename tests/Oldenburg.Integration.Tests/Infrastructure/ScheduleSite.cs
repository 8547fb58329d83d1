using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>A site on a fake clock that only the test moves, so the scheduler's hosted service runs when the test says.</summary>
public sealed class ScheduleSite : SiteFactory
{
    public ScheduleSite()
        : base(settings: null, dataDirectory: null)
    {
    }

    // Today's date, so that sign-in cookies and data-protection keys see a plausible time.
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>
    /// Waits (in real time) until <paramref name="done"/> holds. Should the hosted service have been
    /// between runs when the test moved the clock, its next sleep starts from the new time, so the
    /// clock moves on a minute now and then, as real time would.
    /// </summary>
    public async Task WaitForAsync(Func<Task<bool>> done, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        for (var attempt = 1; !await done(); attempt++)
        {
            Assert.True(DateTime.UtcNow < until, "The scheduler did not act in time.");
            if (attempt % 20 == 0)
            {
                Clock.Advance(TimeSpan.FromMinutes(1));
            }

            await Task.Delay(100);
        }
    }
}
